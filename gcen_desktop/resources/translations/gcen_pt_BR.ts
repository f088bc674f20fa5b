<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>About GCEN Desktop</source>
            <translation>Sobre o GCEN Desktop</translation>
        </message>
        <message>
            <source>An offline workspace for city teams of a network of urban school systems: notes, readings, action plans and symposia, shared as bundle files.</source>
            <translation>Um espaço de trabalho offline para as equipes municipais de uma rede de sistemas escolares urbanos: notas, leituras, planos de ação e simpósios, compartilhados como arquivos de pacote.</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versões</translation>
        </message>
        <message>
            <source>Copy versions</source>
            <translation>Copiar versões</translation>
        </message>
        <message>
            <source>Copy versions to the clipboard</source>
            <translation>Copiar as versões para a área de transferência</translation>
        </message>
    </context>
    <context>
        <name>ActionDelegate</name>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>Prestador de contas</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Marco</translation>
        </message>
        <message>
            <source>Overdue since %s</source>
            <translation>Atrasada desde %s</translation>
        </message>
        <message>
            <source>Edit action %s</source>
            <translation>Editar a ação %s</translation>
        </message>
        <message>
            <source>Move action</source>
            <translation>Mover a ação</translation>
        </message>
    </context>
    <context>
        <name>ActionTableView</name>
        <message>
            <source>Actions of the goal</source>
            <translation>Ações da meta</translation>
        </message>
    </context>
    <context>
        <name>AddReadingDialog</name>
        <message>
            <source>Add a reading</source>
            <translation>Adicionar uma leitura</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Autores</translation>
        </message>
        <message>
            <source>Last, First; Last, First</source>
            <translation>Sobrenome, Nome; Sobrenome, Nome</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Endereço web</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etiquetas, separadas por vírgulas</translation>
        </message>
        <message>
            <source>You can add the abstract, why it matters and the PDF after adding it.</source>
            <translation>Você pode adicionar o resumo, por que importa e o PDF depois de adicioná-la.</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>Adicionar leitura</translation>
        </message>
        <message>
            <source>This looks like a reading already in the list (same title, DOI or web address): %s. Add it anyway?</source>
            <translation>Parece que esta leitura já está na lista (mesmo título, DOI ou endereço web): %s. Adicionar mesmo assim?</translation>
        </message>
        <message>
            <source>The reading needs a title</source>
            <translation>A leitura precisa de um título</translation>
        </message>
        <message>
            <source>Type the title, then press Add reading.</source>
            <translation>Digite o título e clique em Adicionar leitura.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Possível duplicata</translation>
        </message>
        <message>
            <source>Add anyway</source>
            <translation>Adicionar mesmo assim</translation>
        </message>
    </context>
    <context>
        <name>AgendaDelegate</name>
        <message>
            <source>Kind of session</source>
            <translation>Tipo de sessão</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation>Programação</translation>
        </message>
        <message>
            <source>No sessions yet. Add the site visits, exchanges and expert talks with “Add session”; double-click a cell to change it.</source>
            <translation>Ainda não há sessões. Adicione as visitas de campo, os intercâmbios e as palestras de especialistas com “Adicionar sessão”; clique duas vezes em uma célula para alterá-la.</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>Adicionar sessão</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Excluir sessão</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>%1 over %2, %3</source>
            <comment>sessions over days, site visits</comment>
            <translation>%1 em %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sessions</source>
            <translation>
                <numerusform>%Ln sessão</numerusform>
                <numerusform>%Ln sessões</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln dia</numerusform>
                <numerusform>%Ln dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln site visits</source>
            <translation>
                <numerusform>%Ln visita de campo</numerusform>
                <numerusform>%Ln visitas de campo</numerusform>
            </translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nova sessão</translation>
        </message>
        <message>
            <source>Delete sessions</source>
            <translation>Excluir sessões</translation>
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Horário</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Day %d</source>
            <translation>Dia %d</translation>
        </message>
        <message>
            <source>Edit session %s</source>
            <translation>Editar a sessão %s</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>Could not do that</source>
            <translation>Não foi possível fazer isso</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo deu errado</translation>
        </message>
        <message>
            <source>The operation did not complete and nothing was changed. If it happens again, send this to the team:

%s</source>
            <translation>A operação não foi concluída e nada foi alterado. Se acontecer de novo, envie isto para a equipe:

%s</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attachments</source>
            <translation>Anexos</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Anexar arquivo…</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Anexar um arquivo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>Abrir o arquivo selecionado</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove the selected file from this record</source>
            <translation>Remover o arquivo selecionado deste registro</translation>
        </message>
        <message>
            <source>The file stays in the workspace; Undo attaches it again.</source>
            <translation>O arquivo continua no espaço de trabalho; Desfazer o anexa de novo.</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Arquivos anexados</translation>
        </message>
        <message>
            <source>No files yet. Attach a PDF or a document to keep it with this record.</source>
            <translation>Ainda não há arquivos. Anexe um PDF ou um documento para mantê-lo com este registro.</translation>
        </message>
        <message>
            <source>Attached %s.</source>
            <translation>%s anexado.</translation>
        </message>
        <message>
            <source>Attach %s</source>
            <translation>Anexar %s</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md);;All files (*)</source>
            <translation>Documentos (*.pdf *.docx *.doc *.odt *.txt *.md);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>Não foi possível abrir o arquivo</translation>
        </message>
        <message>
            <source>No program on this computer opens this kind of file. Install a viewer and try again.</source>
            <translation>Nenhum programa deste computador abre este tipo de arquivo. Instale um visualizador e tente novamente.</translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln files</source>
            <translation>
                <numerusform>Remover %Ln arquivo</numerusform>
                <numerusform>Remover %Ln arquivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln files from this record. Undo attaches them again.</source>
            <translation>
                <numerusform>%Ln arquivo removido deste registro. Desfazer o anexa de novo.</numerusform>
                <numerusform>%Ln arquivos removidos deste registro. Desfazer os anexa de novo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove %s</source>
            <translation>Remover %s</translation>
        </message>
        <message>
            <source>Removed %s from this record. Undo attaches it again.</source>
            <translation>%s removido deste registro. Desfazer o anexa de novo.</translation>
        </message>
        <message>
            <source>Remove from this record</source>
            <translation>Remover deste registro</translation>
        </message>
    </context>
    <context>
        <name>BoardColumnModel</name>
        <message>
            <source>due %s</source>
            <translation>prazo %s</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>Marcar como %s</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Tick %s</source>
            <translation>Marcar %s</translation>
        </message>
        <message>
            <source>Untick %s</source>
            <translation>Desmarcar %s</translation>
        </message>
        <message>
            <source>Rename checklist item</source>
            <translation>Renomear item da lista</translation>
        </message>
        <message>
            <source>Move checklist item</source>
            <translation>Mover item da lista</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Checklist progress</source>
            <translation>Andamento da lista</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>Lista de preparação</translation>
        </message>
        <message>
            <source>Add an item, e.g. “Book flights”, and press Enter</source>
            <translation>Adicione um item, p. ex. “Reservar voos”, e pressione Enter</translation>
        </message>
        <message>
            <source>New checklist item</source>
            <translation>Novo item da lista</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete checklist item</source>
            <translation>Excluir item da lista</translation>
        </message>
        <message>
            <source>Space ticks an item; Ctrl+Up / Ctrl+Down moves it; F2 renames it.</source>
            <translation>Espaço marca um item; Ctrl+Cima / Ctrl+Baixo o move; F2 o renomeia.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln done</source>
            <translation>
                <numerusform>%1 de %Ln feito</numerusform>
                <numerusform>%1 de %Ln feitos</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to prepare yet</source>
            <translation>Nada a preparar ainda</translation>
        </message>
        <message>
            <source>Add checklist item</source>
            <translation>Adicionar item à lista</translation>
        </message>
        <message>
            <source>Delete checklist items</source>
            <translation>Excluir itens da lista</translation>
        </message>
    </context>
    <context>
        <name>ConflictDetail</name>
        <message>
            <source>Choose a record on the left to see what differs and settle it.</source>
            <translation>Escolha um registro à esquerda para ver o que difere e resolver.</translation>
        </message>
        <message>
            <source>Open %s</source>
            <translation>Abrir %s</translation>
        </message>
        <message>
            <source>Deleted on one side, edited on the other</source>
            <translation>Excluído de um lado, editado do outro</translation>
        </message>
        <message>
            <source>%s deleted this %s, but it was edited after they last saw it. Keep it with the edits, or delete it again.</source>
            <translation>%s excluiu este %s, mas ele foi editado depois da última vez que essa pessoa o viu. Mantenha-o com as edições ou exclua-o novamente.</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>Um colega de equipe</translation>
        </message>
        <message>
            <source>This %s was deleted, but a teammate added to it or changed something under it at the same time, so it is still here. Keep it, or delete it again with everything under it.</source>
            <translation>Este %s foi excluído, mas ao mesmo tempo um colega de equipe adicionou ou alterou algo nele, por isso ele ainda está aqui. Mantenha-o ou exclua-o novamente com tudo o que contém.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>Manter o registro</translation>
        </message>
        <message>
            <source>Delete it again</source>
            <translation>Excluir novamente</translation>
        </message>
        <message>
            <source>Delete the record again</source>
            <translation>Excluir o registro novamente</translation>
        </message>
        <message>
            <source>Settle %s</source>
            <translation>Resolver %s</translation>
        </message>
        <message>
            <source>Keep %s</source>
            <translation>Manter %s</translation>
        </message>
        <message>
            <source>Delete %s again</source>
            <translation>Excluir %s novamente</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <source>deleted by a teammate while edited here</source>
            <translation>excluído por um colega enquanto era editado aqui</translation>
        </message>
        <message>
            <source>deleted, but a teammate added to it</source>
            <translation>excluído, mas um colega adicionou algo nele</translation>
        </message>
        <message>
            <source>different values: %s</source>
            <translation>valores diferentes: %s</translation>
        </message>
        <message>
            <source>auto-merged: %s</source>
            <translation>mesclado automaticamente: %s</translation>
        </message>
    </context>
    <context>
        <name>ConflictsSection</name>
        <message>
            <source>Conflicts</source>
            <translation>Conflitos</translation>
        </message>
        <message>
            <source>Records with conflicts</source>
            <translation>Registros com conflitos</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Nenhum conflito.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln to settle. Pick the version to keep, write a merged value, or decide about deleted records.</source>
            <translation>
                <numerusform>%Ln a resolver. Escolha a versão a manter, escreva um valor combinado ou decida sobre os registros excluídos.</numerusform>
                <numerusform>%Ln a resolver. Escolha a versão a manter, escreva um valor combinado ou decida sobre os registros excluídos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to settle. When teammates change the same thing in different ways, or one deletes what another edited, it shows up here.</source>
            <translation>Nada a resolver. Quando colegas alteram a mesma coisa de formas diferentes, ou um exclui o que outro editou, isso aparece aqui.</translation>
        </message>
        <message>
            <source>Nothing needs a decision; auto-merged text can be checked and accepted.</source>
            <translation>Nada precisa de decisão; o texto mesclado automaticamente pode ser conferido e aceito.</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>No date (e.g. %s or %s)</source>
            <translation>Sem data (ex.: %s ou %s)</translation>
        </message>
        <message>
            <source>Pick a date in a calendar</source>
            <translation>Escolher uma data em um calendário</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Limpar a data</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today %s</source>
            <translation>hoje %s</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ontem</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>Save as</source>
            <translation>Salvar como</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>Gravando %s…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>%s salvo</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
        </message>
        <message>
            <source>Actions: %1…</source>
            <translation>Ações: %1…</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anexos</translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Share your changes</source>
            <translation>Compartilhar suas alterações</translation>
        </message>
        <message>
            <source>For one teammate:</source>
            <translation>Para um colega de equipe:</translation>
        </message>
        <message>
            <source>Teammate</source>
            <translation>Colega de equipe</translation>
        </message>
        <message>
            <source>For the team</source>
            <translation>Para a equipe</translation>
        </message>
        <message>
            <source>Everything some teammate may not have yet.</source>
            <translation>Tudo o que algum colega talvez ainda não tenha.</translation>
        </message>
        <message>
            <source>Everything (a new teammate, a backup)</source>
            <translation>Tudo (um novo colega, um backup)</translation>
        </message>
        <message>
            <source>The whole workspace, for a teammate who is joining or as a backup.</source>
            <translation>O espaço de trabalho inteiro, para um colega que está chegando ou como backup.</translation>
        </message>
        <message>
            <source>Sign it, so they know it is yours</source>
            <translation>Assinar, para que saibam que é seu</translation>
        </message>
        <message>
            <source>Encrypt for teammates you trust</source>
            <translation>Criptografar para os colegas em quem você confia</translation>
        </message>
        <message>
            <source>Only teammates whose keys you trusted can open it.</source>
            <translation>Só os colegas em cujas chaves você confiou podem abri-lo.</translation>
        </message>
        <message>
            <source>Add a passphrase</source>
            <translation>Adicionar uma frase secreta</translation>
        </message>
        <message>
            <source>Tell the passphrase by phone, not in the e-mail that carries the bundle.</source>
            <translation>Informe a frase secreta por telefone, não no e-mail que leva o pacote.</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>Exportar pacote…</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Exportar um pacote</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not shared with anyone yet.</source>
            <translation>
                <numerusform>%Ln alteração ainda não compartilhada com ninguém.</numerusform>
                <numerusform>%Ln alterações ainda não compartilhadas com ninguém.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything you changed has been shared.</source>
            <translation>Tudo o que você alterou foi compartilhado.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <source>Passphrase for this bundle (at least 8 characters):</source>
            <translation>Frase secreta para este pacote (pelo menos 8 caracteres):</translation>
        </message>
        <message>
            <source>Passphrase too short</source>
            <translation>Frase secreta curta demais</translation>
        </message>
        <message>
            <source>Use a passphrase of at least 8 characters, e.g. three unrelated words.</source>
            <translation>Use uma frase secreta com pelo menos 8 caracteres, p. ex. três palavras sem relação entre si.</translation>
        </message>
        <message>
            <source>Type the passphrase again:</source>
            <translation>Digite a frase secreta novamente:</translation>
        </message>
        <message>
            <source>Passphrases differ</source>
            <translation>As frases secretas não coincidem</translation>
        </message>
        <message>
            <source>The two passphrases differ; export again and type the same passphrase twice.</source>
            <translation>As duas frases secretas não coincidem; exporte novamente e digite a mesma frase duas vezes.</translation>
        </message>
        <message>
            <source>Save bundle as</source>
            <translation>Salvar pacote como</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>Pacote GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>Gravando %s…</translation>
        </message>
        <message numerus="yes">
            <source>This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>Esta exportação era maior do que um único pacote pode ser, por isso foi salva em %Ln arquivo, de %1 a %2 (%3 no total): envie todos; seu colega importa cada um, e um colega novo entra na equipe com o primeiro. Eles foram verificados depois de gravados: é seguro remover o pendrive.</numerusform>
                <numerusform>Esta exportação era maior do que um único pacote pode ser, por isso foi salva em %Ln arquivos, de %1 a %2 (%3 no total): envie todos; seu colega importa cada um, e um colega novo entra na equipe com o primeiro. Eles foram verificados depois de gravados: é seguro remover o pendrive.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%2, %Ln changes). It was checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>%1 salvo (%2, %Ln alteração). Ele foi verificado após a gravação: pode remover o pen drive.</numerusform>
                <numerusform>%1 salvo (%2, %Ln alterações). Ele foi verificado após a gravação: pode remover o pen drive.</numerusform>
            </translation>
        </message>
        <message>
            <source>This bundle is %s, too large for most e-mail; export for one teammate instead, or share it on a USB stick or in a shared folder.</source>
            <translation>Este pacote tem %s, grande demais para a maioria dos e-mails; exporte-o para um só colega de equipe, ou compartilhe-o em um pen drive ou em uma pasta compartilhada.</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %s; edit that field (or delete the record) and export again.</source>
            <translation>Uma versão que nenhum pacote pode levar (escrita por uma versão anterior do GCEN Desktop) ficou aqui e o restante foi enviado: %s; edite esse campo (ou exclua o item) e exporte novamente.</translation>
        </message>
        <message>
            <source>Bundle saved: %s</source>
            <translation>Pacote salvo: %s</translation>
        </message>
        <message>
            <source>%s '%s': '%s' is too large</source>
            <translation>%s '%s': '%s' é grande demais</translation>
        </message>
        <message>
            <source>%s '%s': '%s' holds a NUL character</source>
            <translation>%s '%s': '%s' contém um caractere NUL</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
        </message>
    </context>
    <context>
        <name>FieldConflictBox</name>
        <message>
            <source>Merged automatically: the edits touched different lines. Check it, then accept it.</source>
            <translation>Mesclado automaticamente: as edições tocaram linhas diferentes. Confira e depois aceite.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln different versions. Pick one, or write the value to keep.</source>
            <translation>
                <numerusform>%Ln versões diferentes. Escolha uma ou escreva o valor a manter.</numerusform>
                <numerusform>%Ln versões diferentes. Escolha uma ou escreva o valor a manter.</numerusform>
            </translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>Version by %s</source>
            <translation>Versão de %s</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Manter esta versão</translation>
        </message>
        <message>
            <source>Keep the version by %s</source>
            <translation>Manter a versão de %s</translation>
        </message>
        <message>
            <source>Auto-merged text</source>
            <translation>Texto mesclado automaticamente</translation>
        </message>
        <message>
            <source>Or write the value to keep</source>
            <translation>Ou escreva o valor a manter</translation>
        </message>
        <message>
            <source>Merged value of %s</source>
            <translation>Valor mesclado de %s</translation>
        </message>
        <message>
            <source>Accept the merge</source>
            <translation>Aceitar a mesclagem</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Usar este valor</translation>
        </message>
        <message>
            <source>What differs: lines marked − are only in the version by %s; lines marked + are only in the version by %s.</source>
            <translation>O que difere: as linhas marcadas com − estão só na versão de %s; as marcadas com + estão só na versão de %s.</translation>
        </message>
        <message>
            <source>Differences between the version by %s and the version by %s</source>
            <translation>Diferenças entre a versão de %s e a versão de %s</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in note</source>
            <translation>Localizar na nota</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Ocorrências</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Ocorrência anterior (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Próxima</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Próxima ocorrência (Enter)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Close the find bar (Escape)</source>
            <translation>Fechar a barra de busca (Esc)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Nenhuma ocorrência</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n</source>
            <translation>
                <numerusform>%1 de %n</numerusform>
                <numerusform>%1 de %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matches</source>
            <translation>
                <numerusform>%n ocorrência</numerusform>
                <numerusform>%n ocorrências</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunWindow</name>
        <message>
            <source>Welcome to GCEN Desktop</source>
            <translation>Boas-vindas ao GCEN Desktop</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Novo espaço de trabalho</translation>
        </message>
        <message>
            <source>Your team's notes, readings, action plans and symposia, on this computer. Nothing needs a server: you share with teammates through bundle files.</source>
            <translation>As notas, leituras, planos de ação e simpósios da sua equipe, neste computador. Não é preciso servidor: você compartilha com os colegas por arquivos de pacote.</translation>
        </message>
        <message>
            <source>Create your team's workspace</source>
            <translation>Crie o espaço de trabalho da sua equipe</translation>
        </message>
        <message>
            <source>Create another workspace</source>
            <translation>Criar outro espaço de trabalho</translation>
        </message>
        <message>
            <source>e.g. Boston Public Schools — GCEN team</source>
            <translation>p. ex. Boston Public Schools — equipe GCEN</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>Nome da equipe</translation>
        </message>
        <message>
            <source>e.g. Boston</source>
            <translation>p. ex. Boston</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Seu nome completo</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Seu nome</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>Sua função</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Alterar…</translation>
        </message>
        <message>
            <source>Change the workspace folder</source>
            <translation>Alterar a pasta do espaço de trabalho</translation>
        </message>
        <message>
            <source>Stored in</source>
            <translation>Armazenado em</translation>
        </message>
        <message>
            <source>Create workspace</source>
            <translation>Criar espaço de trabalho</translation>
        </message>
        <message>
            <source>Explore the sample team</source>
            <translation>Conhecer a equipe de exemplo</translation>
        </message>
        <message>
            <source>A fictional Boston team with notes, readings, a plan and a symposium.</source>
            <translation>Uma equipe fictícia de Boston com notas, leituras, um plano e um simpósio.</translation>
        </message>
        <message>
            <source>Import a bundle from a teammate…</source>
            <translation>Importar um pacote de um colega…</translation>
        </message>
        <message>
            <source>Fill in your name and role above, then choose the full .gcen bundle a teammate exported for you: you join their workspace.</source>
            <translation>Preencha acima seu nome e sua função e escolha o pacote .gcen completo que um colega de equipe exportou para você: você entra no espaço de trabalho dele.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel joining</source>
            <translation>Cancelar a entrada</translation>
        </message>
        <message>
            <source>Where to keep the workspace</source>
            <translation>Onde guardar o espaço de trabalho</translation>
        </message>
        <message>
            <source>A few details are missing</source>
            <translation>Faltam alguns dados</translation>
        </message>
        <message>
            <source>Enter your team's name and your own name, then try again.</source>
            <translation>Digite o nome da sua equipe e o seu próprio nome e tente novamente.</translation>
        </message>
        <message>
            <source>Enter your own name, then choose the bundle again.</source>
            <translation>Digite seu nome e escolha o pacote novamente.</translation>
        </message>
        <message>
            <source>Choose the bundle a teammate sent you</source>
            <translation>Escolha o pacote que um colega enviou a você</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>Pacotes GCEN (*.gcen);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Enter your name and role, then press “%1” to join with %2.</source>
            <translation>Digite seu nome e sua função e clique em “%1” para entrar com %2.</translation>
        </message>
        <message>
            <source>Could not join the workspace</source>
            <translation>Não foi possível entrar no espaço de trabalho</translation>
        </message>
        <message>
            <source>Reading %s…</source>
            <translation>Lendo %s…</translation>
        </message>
        <message>
            <source>Joining cancelled; nothing was changed.</source>
            <translation>Entrada cancelada; nada foi alterado.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <source>Join the team's workspace</source>
            <translation>Entrar no espaço de trabalho da equipe</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <source>Joining “%s”…</source>
            <translation>Entrando em “%s”…</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>Um colega de equipe</translation>
        </message>
        <message numerus="yes">
            <source>%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.</source>
            <translation>
                <numerusform>%1 criou este pacote do espaço de trabalho “%2” em %3. Ele contém %Ln alteração.</numerusform>
                <numerusform>%1 criou este pacote do espaço de trabalho “%2” em %3. Ele contém %Ln alterações.</numerusform>
            </translation>
        </message>
        <message>
            <source>It is signed with the key %1. Check with %2 that this is their key (read it to each other on the phone), then join.</source>
            <translation>Ele está assinado com a chave %1. Confirme com %2 que esta é a chave dele (leiam-na um para o outro por telefone) e então entre.</translation>
        </message>
        <message>
            <source>It is not signed, so nobody can check who made it: join only if you know where it came from.</source>
            <translation>Ele não está assinado, então ninguém pode verificar quem o criou: entre somente se souber de onde ele veio.</translation>
        </message>
        <message>
            <source>It holds only recent changes, not the whole workspace: ask for a full bundle if records are missing after joining.</source>
            <translation>Ele contém apenas alterações recentes, não o espaço de trabalho inteiro: peça um pacote completo se faltarem registros depois de entrar.</translation>
        </message>
        <message>
            <source>Its name says it is file %1 of %2 of one export, too large for one file: after joining, import the other files of it too.</source>
            <translation>O nome dele indica que é o arquivo %1 de %2 de uma mesma exportação, grande demais para um só arquivo: depois de entrar, importe também os outros arquivos dessa exportação.</translation>
        </message>
        <message>
            <source>Joining… %1%</source>
            <translation>Entrando… %1%</translation>
        </message>
        <message>
            <source>Could not create the workspace</source>
            <translation>Não foi possível criar o espaço de trabalho</translation>
        </message>
        <message>
            <source>Setting up the workspace…</source>
            <translation>Preparando o espaço de trabalho…</translation>
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%1 de %Ln ação concluída</numerusform>
                <numerusform>%1 de %Ln ações concluídas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%2, %1 of %Ln actions done</source>
            <translation>
                <numerusform>%2, %1 de %Ln ação concluída</numerusform>
                <numerusform>%2, %1 de %Ln ações concluídas</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to goal %s</source>
            <translation>Mover para a meta %s</translation>
        </message>
        <message>
            <source>%d/%d done</source>
            <translation>%d/%d concluídas</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Drop actions on a goal to move them there; Ctrl+Up / Ctrl+Down reorders the goals.</source>
            <translation>Solte ações sobre uma meta para movê-las para lá; Ctrl+Cima / Ctrl+Baixo reordena as metas.</translation>
        </message>
        <message>
            <source>No goals yet. Add one with “New goal”: say what should change, and how you will know.</source>
            <translation>Ainda não há metas. Adicione uma com “Nova meta”: diga o que deve mudar e como você vai saber.</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nova meta</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Excluir meta</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Linha de base</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Alvo</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>No actions for this goal yet. Add the first with “New action”; drag rows or press Ctrl+Up / Ctrl+Down to reorder.</source>
            <translation>Esta meta ainda não tem ações. Adicione a primeira com “Nova ação”; arraste as linhas ou pressione Ctrl+Cima / Ctrl+Baixo para reordenar.</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nova ação</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Excluir ação</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move the action up (Ctrl+Up)</source>
            <translation>Subir a ação (Ctrl+Cima)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descer</translation>
        </message>
        <message>
            <source>Move the action down (Ctrl+Down)</source>
            <translation>Descer a ação (Ctrl+Baixo)</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Delete goal %s</source>
            <translation>Excluir a meta %s</translation>
        </message>
        <message>
            <source>Move goal</source>
            <translation>Mover a meta</translation>
        </message>
    </context>
    <context>
        <name>GroupsSection</name>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabalho</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>Grupos de trabalho</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Novo grupo</translation>
        </message>
        <message>
            <source>Filter groups by name</source>
            <translation>Filtrar grupos por nome</translation>
        </message>
        <message>
            <source>No working groups yet. A group gathers people from several cities around one problem of practice: “New group”.</source>
            <translation>Ainda não há grupos de trabalho. Um grupo reúne pessoas de várias cidades em torno de um problema de prática: “Novo grupo”.</translation>
        </message>
        <message>
            <source>No group matches the filter. Clear it to see them all.</source>
            <translation>Nenhum grupo corresponde ao filtro. Limpe-o para ver todos.</translation>
        </message>
        <message>
            <source>Delete this working group</source>
            <translation>Excluir este grupo de trabalho</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membros</translation>
        </message>
        <message>
            <source>No members yet. Add the people from each city who take part.</source>
            <translation>Ainda não há membros. Adicione as pessoas de cada cidade que participam.</translation>
        </message>
        <message>
            <source>Add members</source>
            <translation>Adicionar membros</translation>
        </message>
        <message>
            <source>Linked readings and notes</source>
            <translation>Leituras e notas vinculadas</translation>
        </message>
        <message>
            <source>Link the case studies, papers and notes the group works from.</source>
            <translation>Vincule os estudos de caso, textos e notas com que o grupo trabalha.</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>Vincular leituras e notas</translation>
        </message>
        <message>
            <source>Filed under this group</source>
            <translation>Arquivado neste grupo</translation>
        </message>
        <message>
            <source>Readings, notes and plans whose working group is this one appear here.</source>
            <translation>Leituras, notas e planos cujo grupo de trabalho é este aparecem aqui.</translation>
        </message>
        <message>
            <source>No working group open</source>
            <translation>Nenhum grupo de trabalho aberto</translation>
        </message>
        <message>
            <source>A working group brings people from several cities together around one problem of practice, with the readings and notes they work from.</source>
            <translation>Um grupo de trabalho reúne pessoas de várias cidades em torno de um problema de prática, com as leituras e notas com que trabalham.</translation>
        </message>
        <message>
            <source>Choose a working group on the left, or start one with “New group”.</source>
            <translation>Escolha um grupo de trabalho à esquerda ou crie um com “Novo grupo”.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln members · %1</source>
            <translation>
                <numerusform>%Ln membro · %1</numerusform>
                <numerusform>%Ln membros · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>New working group</source>
            <translation>Novo grupo de trabalho</translation>
        </message>
        <message>
            <source>Delete working group %s</source>
            <translation>Excluir o grupo de trabalho %s</translation>
        </message>
    </context>
    <context>
        <name>HomeSection</name>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>em %Ln dia</numerusform>
                <numerusform>em %Ln dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparation: %1 of %Ln checklist items done</source>
            <translation>
                <numerusform>Preparação: %1 de %Ln item feito</numerusform>
                <numerusform>Preparação: %1 de %Ln itens feitos</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions due</source>
            <translation>Ações com prazo</translation>
        </message>
        <message>
            <source>Nothing overdue or due this week. Well done.</source>
            <translation>Nada atrasado nem com prazo nesta semana. Muito bem.</translation>
        </message>
        <message>
            <source>Overdue actions and actions due this week</source>
            <translation>Ações atrasadas e ações com prazo nesta semana</translation>
        </message>
        <message>
            <source>Readings assigned to you</source>
            <translation>Leituras atribuídas a você</translation>
        </message>
        <message>
            <source>No readings are waiting for you. Teammates can assign readings to you under Readings.</source>
            <translation>Nenhuma leitura está esperando por você. Os colegas podem atribuir leituras a você em Leituras.</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>Alterações recentes</translation>
        </message>
        <message>
            <source>No changes yet. Write a note or add a reading to get started.</source>
            <translation>Ainda não há alterações. Escreva uma nota ou adicione uma leitura para começar.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days overdue</source>
            <translation>
                <numerusform>%Ln dia de atraso</numerusform>
                <numerusform>%Ln dias de atraso</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>prazo hoje</translation>
        </message>
        <message>
            <source>due %s</source>
            <translation>prazo %s</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>um colega de equipe</translation>
        </message>
        <message>
            <source>from %s (imported)</source>
            <translation>de %s (importado)</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Next symposium</source>
            <translation>Próximo simpósio</translation>
        </message>
        <message>
            <source>Preparation checklist progress</source>
            <translation>Andamento da lista de preparação</translation>
        </message>
        <message>
            <source>Open symposium</source>
            <translation>Abrir simpósio</translation>
        </message>
        <message>
            <source>No symposium is coming up. Add one under Symposia to see its countdown here.</source>
            <translation>Nenhum simpósio próximo. Adicione um em Simpósios para ver a contagem regressiva aqui.</translation>
        </message>
        <message>
            <source>Date to be set</source>
            <translation>Data a definir</translation>
        </message>
        <message>
            <source>No preparation checklist yet.</source>
            <translation>Ainda não há lista de preparação.</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>amanhã</translation>
        </message>
        <message>
            <source>happening now</source>
            <translation>acontecendo agora</translation>
        </message>
    </context>
    <context>
        <name>IdentityPanel</name>
        <message>
            <source>This workspace on the network</source>
            <translation>Este espaço de trabalho na rede</translation>
        </message>
        <message>
            <source>What the network hub's operator needs to enroll your city, and what other cities compare before they trust your publications.</source>
            <translation>O que o operador do hub da rede precisa para inscrever sua cidade, e o que outras cidades comparam antes de confiar nas suas publicações.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy this workspace's identity</source>
            <translation>Copiar a identidade deste espaço de trabalho</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Workspace id</source>
            <translation>Identificador do espaço</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>Identificador desta cópia</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Chave de assinatura</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(não informado)</translation>
        </message>
        <message>
            <source>This workspace's identity is on the clipboard.</source>
            <translation>A identidade deste espaço de trabalho está na área de transferência.</translation>
        </message>
    </context>
    <context>
        <name>ImportCountsModel</name>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Novos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inalterados</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>Em conflito</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Excluídos</translation>
        </message>
        <message>
            <source>Links, tags and statuses</source>
            <translation>Vínculos, etiquetas e status</translation>
        </message>
        <message>
            <source>Kept for a newer version</source>
            <translation>Guardados para uma versão mais recente</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Checking %s…</source>
            <translation>Verificando %s…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Importação cancelada; nada foi alterado.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>outra equipe</translation>
        </message>
        <message>
            <source>This bundle comes from the workspace of another team (%1), so it cannot be imported as changes of yours.

Copy its practices, plans, readings and notes into your workspace? Their people are not copied, and “Undo last import” removes the copies again.</source>
            <translation>Este pacote vem do espaço de trabalho de outra equipe (%1), então não pode ser importado como alterações suas.

Copiar as práticas, planos, leituras e notas dele para o seu espaço de trabalho? As pessoas da outra equipe não são copiadas, e “Desfazer a última importação” remove as cópias.</translation>
        </message>
        <message>
            <source>Import as copies</source>
            <translation>Importar como cópias</translation>
        </message>
        <message>
            <source>Copy records</source>
            <translation>Copiar registros</translation>
        </message>
        <message>
            <source>Copying records from %s…</source>
            <translation>Copiando registros de %s…</translation>
        </message>
        <message>
            <source>Importing %s…</source>
            <translation>Importando %s…</translation>
        </message>
        <message>
            <source>Imported %s.</source>
            <translation>%s importado.</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <source>Bring in a teammate's changes</source>
            <translation>Trazer as alterações de um colega</translation>
        </message>
        <message>
            <source>Choose the .gcen file they sent you, or drop it on the window. You see what it changes before anything is written.</source>
            <translation>Escolha o arquivo .gcen que ele enviou ou solte-o na janela. Você vê o que ele altera antes que qualquer coisa seja gravada.</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>Importar pacote…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importar um pacote</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>Desfazer a última importação</translation>
        </message>
        <message>
            <source>Undo the last import</source>
            <translation>Desfazer a última importação</translation>
        </message>
        <message>
            <source>What the last import changed</source>
            <translation>O que a última importação alterou</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>um colega de equipe</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>outra equipe</translation>
        </message>
        <message numerus="yes">
            <source>Last import: %Ln records copied from %1.</source>
            <translation>
                <numerusform>Última importação: %Ln registro copiado de %1.</numerusform>
                <numerusform>Última importação: %Ln registros copiados de %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last import, from %1: %Ln records brought in.</source>
            <translation>
                <numerusform>Última importação, de %1: %Ln registro trazido.</numerusform>
                <numerusform>Última importação, de %1: %Ln registros trazidos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln need a decision in Conflicts.</source>
            <translation>
                <numerusform>%Ln precisa de uma decisão em Conflitos.</numerusform>
                <numerusform>%Ln precisam de uma decisão em Conflitos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import, from %s: already imported on %s, nothing changed.</source>
            <translation>Última importação, de %s: já importado em %s, nada mudou.</translation>
        </message>
        <message>
            <source>Its conflicts are settled.</source>
            <translation>Seus conflitos estão resolvidos.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import %s</source>
            <translation>Importar %s</translation>
        </message>
        <message>
            <source>Bundle from %s</source>
            <translation>Pacote de %s</translation>
        </message>
        <message>
            <source>an unknown teammate</source>
            <translation>um colega desconhecido</translation>
        </message>
        <message>
            <source>everything they hold</source>
            <translation>tudo o que essa pessoa tem</translation>
        </message>
        <message>
            <source>their changes since the last exchange</source>
            <translation>as alterações dessa pessoa desde a última troca</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Criado em</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espaço de trabalho</translation>
        </message>
        <message>
            <source>Contains</source>
            <translation>Contém</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>não assinado</translation>
        </message>
        <message>
            <source>Sender's key</source>
            <translation>Chave do remetente</translation>
        </message>
        <message>
            <source>What the bundle changes</source>
            <translation>O que o pacote altera</translation>
        </message>
        <message>
            <source>This bundle was already imported on %s. Importing it again changes nothing.</source>
            <translation>Este pacote já foi importado em %s. Importá-lo novamente não altera nada.</translation>
        </message>
        <message>
            <source>Nothing new: you already have everything in this bundle.</source>
            <translation>Nada novo: você já tem tudo o que há neste pacote.</translation>
        </message>
        <message numerus="yes">
            <source>%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.</source>
            <translation>
                <numerusform>%1 novos, %2 atualizados, %3 excluídos; %Ln precisará de uma decisão em Conflitos.</numerusform>
                <numerusform>%1 novos, %2 atualizados, %3 excluídos; %Ln precisarão de uma decisão em Conflitos.</numerusform>
            </translation>
        </message>
        <message>
            <source>No key you trust signed this bundle. Importing it once brings in what is new from teammates this workspace does not know yet; what it says about the teammates you know is left out, and nothing else in it is remembered.</source>
            <translation>Nenhuma chave em que você confia assinou este pacote. Importá-lo uma vez traz o que é novo de colegas que este espaço de trabalho ainda não conhece; o que ele diz sobre os colegas que você conhece fica de fora, e nada mais dele é lembrado.</translation>
        </message>
        <message>
            <source>I checked this key with %s (e.g. by phone): trust it for their future bundles</source>
            <translation>Conferi esta chave com %s (p. ex. por telefone): confiar nela para os próximos pacotes dessa pessoa</translation>
        </message>
        <message>
            <source>the sender</source>
            <translation>o remetente</translation>
        </message>
        <message>
            <source>Trust the sender's key</source>
            <translation>Confiar na chave do remetente</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Trust the key and import</source>
            <translation>Confiar na chave e importar</translation>
        </message>
        <message>
            <source>Import once without trusting</source>
            <translation>Importar uma vez sem confiar</translation>
        </message>
    </context>
    <context>
        <name>ImportWarnings</name>
        <message>
            <source>Everything in this bundle is already here; importing it changes nothing.</source>
            <translation>Tudo o que há neste pacote já está aqui; importá-lo não muda nada.</translation>
        </message>
        <message>
            <source>This bundle holds changes this workspace copy made before it was restored from a backup; they were imported, and this copy numbers its next changes after them so that teammates keep accepting its changes.</source>
            <translation>Este pacote contém alterações que esta cópia do espaço de trabalho fez antes de ser restaurada de um backup; elas foram importadas, e esta cópia numera suas próximas alterações depois delas para que os colegas continuem aceitando suas alterações.</translation>
        </message>
        <message>
            <source>%s of %s</source>
            <translation>%s de %s</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); trust the key of this bundle, or ask those teammates for a bundle of their own.</source>
            <translation>Nenhuma chave em que você confia assinou este pacote, então as alterações que ele traz em nome de colegas já conhecidos aqui ficaram de fora (%s); confie na chave deste pacote ou peça a esses colegas um pacote deles.</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); ask those teammates for a bundle of their own.</source>
            <translation>Nenhuma chave em que você confia assinou este pacote, então as alterações que ele traz em nome de colegas já conhecidos aqui ficaram de fora (%s); peça a esses colegas um pacote deles.</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions, the second in a bundle from %2 (%1's store or %2's wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Uma alteração de %1 chegou aqui em duas versões diferentes, a segunda em um pacote de %2 (a outra versão foi escrita pelo computador de %1 ou pelo de %2); todos os computadores mantêm a mesma versão, e a outra é guardada como prova.</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions (%1's store, or a teammate who passed it on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Uma alteração de %1 chegou aqui em duas versões diferentes (a outra versão foi escrita pelo computador de %1 ou por um colega que a repassou); todos os computadores mantêm a mesma versão, e a outra é guardada como prova.</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>um colega de equipe</translation>
        </message>
        <message>
            <source>This bundle is not signed, so it cannot be checked that %s made it; import it only if you know where it came from.</source>
            <translation>Este pacote não está assinado, então não é possível verificar que %s o criou; importe-o apenas se souber de onde ele veio.</translation>
        </message>
        <message>
            <source>no name given</source>
            <translation>nenhum nome informado</translation>
        </message>
        <message>
            <source>This is the first bundle signed by the key %s (%s); check the fingerprint with that teammate before trusting it.</source>
            <translation>Este é o primeiro pacote assinado pela chave %s (%s); confira a impressão digital com esse colega antes de confiar nela.</translation>
        </message>
        <message>
            <source>The sender's clock is %s hours ahead of this computer's; ask them to check their date and time (the order of edits does not depend on it).</source>
            <translation>O relógio do remetente está %s horas adiantado em relação a este computador; peça que ele confira a data e a hora (a ordem das edições não depende disso).</translation>
        </message>
        <message numerus="yes">
            <source>This bundle deletes %Ln records; look at the preview before importing.</source>
            <translation>
                <numerusform>Este pacote exclui %Ln registro; veja a prévia antes de importar.</numerusform>
                <numerusform>Este pacote exclui %Ln registros; veja a prévia antes de importar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records were not copied because what they belong to is not in the bundle.</source>
            <translation>
                <numerusform>%Ln registro não foi copiado porque aquilo a que pertence não está no pacote.</numerusform>
                <numerusform>%Ln registros não foram copiados porque aquilo a que pertencem não está no pacote.</numerusform>
            </translation>
        </message>
        <message>
            <source>store %s</source>
            <translation>cópia %s</translation>
        </message>
        <message>
            <source>%s from %s</source>
            <translation>%s de %s</translation>
        </message>
        <message>
            <source>This bundle assumes changes this store does not have (%s); what it holds was applied, and a full bundle from the sender will fill the gap.</source>
            <translation>Este pacote pressupõe alterações que esta cópia do espaço de trabalho não tem (%s); o que ele contém foi aplicado, e um pacote completo do remetente preencherá a lacuna.</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicado</translation>
        </message>
    </context>
    <context>
        <name>LineDiffView</name>
        <message numerus="yes">
            <source>%n unchanged lines</source>
            <translation>
                <numerusform>%n linha sem alteração</numerusform>
                <numerusform>%n linhas sem alteração</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinkedRecordsPanel</name>
        <message>
            <source>Add…</source>
            <translation>Adicionar…</translation>
        </message>
        <message>
            <source>Add to %s</source>
            <translation>Adicionar a %s</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove from %s</source>
            <translation>Remover de %s</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln links</source>
            <translation>
                <numerusform>Adicionar %Ln vínculo</numerusform>
                <numerusform>Adicionar %Ln vínculos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln links</source>
            <translation>
                <numerusform>Remover %Ln vínculo</numerusform>
                <numerusform>Remover %Ln vínculos</numerusform>
            </translation>
        </message>
        <message>
            <source>Link %s</source>
            <translation>Vincular %s</translation>
        </message>
        <message>
            <source>Unlink %s</source>
            <translation>Desvincular %s</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%s — GCEN Desktop</source>
            <translation>%s — GCEN Desktop</translation>
        </message>
        <message>
            <source>GCEN Desktop</source>
            <translation>GCEN Desktop</translation>
        </message>
        <message>
            <source>Opening the workspace…</source>
            <translation>Abrindo o espaço de trabalho…</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Seções</translation>
        </message>
        <message>
            <source>%s (sample)</source>
            <translation>%s (exemplo)</translation>
        </message>
        <message>
            <source>Saved. Everything you type is also saved as you go.</source>
            <translation>Salvo. Tudo o que você digita também é salvo enquanto escreve.</translation>
        </message>
        <message>
            <source>Nothing to print here: open an action plan, a symposium or a note, then press %s again.</source>
            <translation>Não há nada para imprimir aqui: abra um plano de ação, um simpósio ou uma nota e pressione %s de novo.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importar um pacote</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>Pacotes GCEN (*.gcen);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Cannot import yet</source>
            <translation>Ainda não é possível importar</translation>
        </message>
        <message>
            <source>This version cannot import bundles. Ask your team for the latest GCEN Desktop.</source>
            <translation>Esta versão não importa pacotes. Peça à sua equipe a versão mais recente do GCEN Desktop.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About GCEN Desktop</source>
            <translation>Sobre o GCEN Des&amp;ktop</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Novo</translation>
        </message>
        <message>
            <source>&amp;Save now</source>
            <translation>&amp;Salvar agora</translation>
        </message>
        <message>
            <source>Print or e&amp;xport…</source>
            <translation>Imprimir ou e&amp;xportar…</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Importar um pacote…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;recente</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferências…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;xcluir</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>New &amp;workspace…</source>
            <translation>Novo &amp;espaço de trabalho…</translation>
        </message>
        <message>
            <source>&amp;Open a workspace…</source>
            <translation>&amp;Abrir um espaço de trabalho…</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Refazer</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>No recent workspaces</source>
            <translation>Nenhum espaço de trabalho recente</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Lado a lado</translation>
        </message>
        <message>
            <source>Show only the Markdown text</source>
            <translation>Mostrar só o texto Markdown</translation>
        </message>
        <message>
            <source>Show the text and its preview side by side</source>
            <translation>Mostrar o texto e a pré-visualização lado a lado</translation>
        </message>
        <message>
            <source>Show only the preview</source>
            <translation>Mostrar só a pré-visualização</translation>
        </message>
        <message>
            <source>Note text (Markdown)</source>
            <translation>Texto da nota (Markdown)</translation>
        </message>
        <message>
            <source>Write here. Markdown works: # heading, **bold**, - lists, &gt; quotes.</source>
            <translation>Escreva aqui. O Markdown funciona: # título, **negrito**, - listas, &gt; citações.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pré-visualização</translation>
        </message>
    </context>
    <context>
        <name>NetworkSection</name>
        <message>
            <source>Network</source>
            <translation>Rede</translation>
        </message>
        <message>
            <source>What other cities publish, kept here read-only. Adapt a practice in a plan of your own.</source>
            <translation>O que outras cidades publicam, guardado aqui somente para leitura. Adapte uma prática em um plano seu.</translation>
        </message>
        <message>
            <source>Import publication…</source>
            <translation>Importar publicação…</translation>
        </message>
        <message>
            <source>Import another city's publication</source>
            <translation>Importar a publicação de outra cidade</translation>
        </message>
        <message>
            <source>The network library is empty. When another city sends you its publication, or the network hub its digest, bring it in with “Import publication…”: its practices, plans and readings appear here, with their city and date.</source>
            <translation>A biblioteca da rede está vazia. Quando outra cidade enviar a publicação dela, ou o hub da rede o resumo, traga-a com “Importar publicação…”: as práticas, planos e leituras aparecem aqui, com a cidade e a data.</translation>
        </message>
        <message>
            <source>Search the network library</source>
            <translation>Pesquisar na biblioteca da rede</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabalho</translation>
        </message>
        <message>
            <source>Working-group topic</source>
            <translation>Tema do grupo de trabalho</translation>
        </message>
        <message>
            <source>No publication matches. Clear the search or the filters to see them all.</source>
            <translation>Nenhuma publicação corresponde. Limpe a pesquisa ou os filtros para ver todas.</translation>
        </message>
        <message>
            <source>Publications of other cities</source>
            <translation>Publicações de outras cidades</translation>
        </message>
        <message>
            <source>Adapt in a new plan</source>
            <translation>Adaptar em um novo plano</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan of your team</source>
            <translation>Adaptar esta prática em um novo plano da sua equipe</translation>
        </message>
        <message>
            <source>Write a receipt…</source>
            <translation>Escrever um recibo…</translation>
        </message>
        <message>
            <source>Write a receipt for the city of this publication</source>
            <translation>Escrever um recibo para a cidade desta publicação</translation>
        </message>
        <message>
            <source>The publication's text</source>
            <translation>O texto da publicação</translation>
        </message>
        <message>
            <source>Your plans adapted from it:</source>
            <translation>Seus planos que o adaptam:</translation>
        </message>
        <message>
            <source>Open the plan %s</source>
            <translation>Abrir o plano %s</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Todas as cidades</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Todos os grupos de trabalho</translation>
        </message>
        <message>
            <source>All working-group topics</source>
            <translation>Todos os temas de grupo de trabalho</translation>
        </message>
        <message>
            <source>No publication chosen</source>
            <translation>Nenhuma publicação escolhida</translation>
        </message>
        <message>
            <source>A file for %1's team saying what your network library holds of their publications: once they import it, their next publication for you carries only what you lack.</source>
            <translation>Um arquivo para a equipe de %1 dizendo o que a sua biblioteca da rede tem das publicações dela: depois que a equipe o importar, a próxima publicação para você levará só o que falta.</translation>
        </message>
        <message>
            <source>published %s</source>
            <translation>publicado em %s</translation>
        </message>
        <message>
            <source>New plan adapting %s.</source>
            <translation>Novo plano que adapta %s.</translation>
        </message>
        <message>
            <source>Adapt %s in a new plan</source>
            <translation>Adaptar %s em um novo plano</translation>
        </message>
        <message>
            <source>Save a receipt for %s</source>
            <translation>Salvar um recibo para %s</translation>
        </message>
        <message>
            <source>Saved the receipt for %1 to %2: send it to %1's team.</source>
            <translation>Recibo para %1 salvo em %2: envie-o para a equipe de %1.</translation>
        </message>
        <message>
            <source>Import a publication</source>
            <translation>Importar uma publicação</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>Publicação GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Já há uma importação em andamento; aguarde até que termine.</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <source>New action plan</source>
            <translation>Novo plano de ação</translation>
        </message>
        <message>
            <source>e.g. Grow and keep a high-quality teaching force</source>
            <translation>p. ex. Formar e manter um corpo docente de alta qualidade</translation>
        </message>
        <message>
            <source>Plan title</source>
            <translation>Título do plano</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Começar de</translation>
        </message>
        <message>
            <source>A blank plan</source>
            <translation>Um plano em branco</translation>
        </message>
        <message>
            <source>Cycle of inquiry</source>
            <translation>Ciclo de investigação</translation>
        </message>
        <message>
            <source>Innovation at scale</source>
            <translation>Inovação em escala</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Começa</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Create plan</source>
            <translation>Criar plano</translation>
        </message>
        <message>
            <source>Start with an empty plan and add goals and actions yourself.</source>
            <translation>Começar com um plano vazio e adicionar você mesmo as metas e ações.</translation>
        </message>
        <message>
            <source>Inquiry → discussion → planning → action → review</source>
            <translation>Investigação → discussão → planejamento → ação → revisão</translation>
        </message>
        <message>
            <source>Five goals, one per stage of the cycle, each with three actions to adapt. Goal due dates are spread over the plan's dates.</source>
            <translation>Cinco metas, uma por etapa do ciclo, cada uma com três ações para adaptar. Os prazos das metas são distribuídos entre as datas do plano.</translation>
        </message>
        <message>
            <source>Set goals, create flexibility, develop talent, build networks</source>
            <translation>Definir metas, criar flexibilidade, desenvolver talentos, construir redes</translation>
        </message>
        <message>
            <source>Four goals, one per lever of innovation at scale, each with three actions to adapt.</source>
            <translation>Quatro metas, uma por alavanca da inovação em escala, cada uma com três ações para adaptar.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Choose a note on the left, or press “New note” to write one.</source>
            <translation>Escolha uma nota à esquerda ou clique em “Nova nota” para escrever uma.</translation>
        </message>
        <message>
            <source>Note title</source>
            <translation>Título da nota</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Note details</source>
            <translation>Detalhes da nota</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabalho</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Simpósio</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln files</source>
            <translation>
                <numerusform>%Ln arquivo</numerusform>
                <numerusform>%Ln arquivos</numerusform>
            </translation>
        </message>
        <message>
            <source>“%s” was deleted elsewhere while you typed; your text is kept (see Conflicts).</source>
            <translation>“%s” foi excluída em outro lugar enquanto você digitava; seu texto foi mantido (veja Conflitos).</translation>
        </message>
        <message>
            <source>Where this note is used</source>
            <translation>Onde esta nota é usada</translation>
        </message>
        <message>
            <source>Details, tags and files</source>
            <translation>Detalhes, etiquetas e arquivos</translation>
        </message>
        <message>
            <source>Used as evidence in plan %s</source>
            <translation>Usada como evidência no plano %s</translation>
        </message>
        <message>
            <source>Related to %s</source>
            <translation>Relacionada a %s</translation>
        </message>
        <message>
            <source>Not used in any plan yet.</source>
            <translation>Ainda não usada em nenhum plano.</translation>
        </message>
        <message>
            <source>A note needs a title.</source>
            <translation>Uma nota precisa de um título.</translation>
        </message>
        <message>
            <source>Rename note</source>
            <translation>Renomear nota</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>Alterar etiquetas</translation>
        </message>
        <message>
            <source>Edit note text</source>
            <translation>Editar o texto da nota</translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Session notes, site visits, reflections and meetings.</source>
            <translation>Notas de sessões, visitas de campo, reflexões e reuniões.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nova nota</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Save the open note as a document</source>
            <translation>Salvar a nota aberta como documento</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the selected notes</source>
            <translation>Excluir as notas selecionadas</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Alterada</translation>
        </message>
        <message>
            <source>No notes yet. Press “New note” (Ctrl+N) to write your first one.</source>
            <translation>Ainda não há notas. Clique em “Nova nota” (Ctrl+N) para escrever a primeira.</translation>
        </message>
        <message>
            <source>Filter notes by title</source>
            <translation>Filtrar notas por título</translation>
        </message>
        <message>
            <source>Show notes of kind</source>
            <translation>Mostrar notas do tipo</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>Show notes of working group</source>
            <translation>Mostrar notas do grupo de trabalho</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Todos os grupos de trabalho</translation>
        </message>
        <message>
            <source>Untitled note</source>
            <translation>Nota sem título</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln notes</source>
            <translation>
                <numerusform>Excluir %Ln nota</numerusform>
                <numerusform>Excluir %Ln notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln notes to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>%Ln nota movida para a lixeira. Desfazer a traz de volta.</numerusform>
                <numerusform>%Ln notas movidas para a lixeira. Desfazer as traz de volta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Excluir nota</translation>
        </message>
    </context>
    <context>
        <name>PeerTableModel</name>
        <message>
            <source>Teammate</source>
            <translation>Colega de equipe</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Impressão digital da chave</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Confiável</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Última troca</translation>
        </message>
        <message>
            <source>no key yet</source>
            <translation>ainda sem chave</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
    </context>
    <context>
        <name>PeersPanel</name>
        <message>
            <source>Teammates</source>
            <translation>Colegas de equipe</translation>
        </message>
        <message>
            <source>Everyone whose bundles you imported. Before trusting a key, compare its fingerprint with the teammate, e.g. by phone.</source>
            <translation>Todas as pessoas cujos pacotes você importou. Antes de confiar em uma chave, compare a impressão digital com o colega, p. ex. por telefone.</translation>
        </message>
        <message>
            <source>Teammates and their keys</source>
            <translation>Colegas de equipe e suas chaves</translation>
        </message>
        <message>
            <source>No teammates yet. Import a bundle from one, or send them yours.</source>
            <translation>Ainda não há colegas. Importe um pacote de um deles ou envie o seu.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dispensar</translation>
        </message>
        <message>
            <source>Dismiss the refused bundles</source>
            <translation>Deixar de mostrar os pacotes recusados</translation>
        </message>
        <message>
            <source>Trust this key</source>
            <translation>Confiar nesta chave</translation>
        </message>
        <message>
            <source>Trust the selected teammate's key</source>
            <translation>Confiar na chave do colega selecionado</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions, the second in bundles from %2 (%1's store or theirs wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Algumas alterações de %1 chegaram em duas versões diferentes, a segunda em pacotes de %2 (a outra versão foi escrita pelo computador de %1 ou pelo deles); todos os computadores mantêm a mesma versão, e a outra é guardada como prova.</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions (%1's store, or a teammate who passed them on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Algumas alterações de %1 chegaram em duas versões diferentes (a outra versão foi escrita pelo computador de %1 ou por um colega que as repassou); todos os computadores mantêm a mesma versão, e a outra é guardada como prova.</translation>
        </message>
        <message>
            <source>Refused on %1 (%2): %3</source>
            <translation>Recusado em %1 (%2): %3</translation>
        </message>
    </context>
    <context>
        <name>PeopleSection</name>
        <message>
            <source>People &amp; cities</source>
            <translation>Pessoas e cidades</translation>
        </message>
        <message>
            <source>Your team's members and the cities of the network.</source>
            <translation>Os membros da sua equipe e as cidades da rede.</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Adicionar pessoa</translation>
        </message>
        <message>
            <source>Add city</source>
            <translation>Adicionar cidade</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>No team members yet. Add the people in your city team with “Add person”.</source>
            <translation>Ainda não há membros na equipe. Adicione as pessoas da sua equipe municipal com “Adicionar pessoa”.</translation>
        </message>
        <message>
            <source>Filter people by name</source>
            <translation>Filtrar pessoas por nome</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Práticas</translation>
        </message>
        <message>
            <source>No cities yet. Add the cities of your network with “Add city”.</source>
            <translation>Ainda não há cidades. Adicione as cidades da sua rede com “Adicionar cidade”.</translation>
        </message>
        <message>
            <source>Filter cities by name</source>
            <translation>Filtrar cidades por nome</translation>
        </message>
        <message>
            <source>Team members</source>
            <translation>Membros da equipe</translation>
        </message>
        <message>
            <source>Network cities</source>
            <translation>Cidades da rede</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nova pessoa</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>Nova cidade</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>Adicionar %s</translation>
        </message>
        <message>
            <source>You cannot delete yourself; choose someone else in Preferences first.</source>
            <translation>Você não pode excluir a si mesmo; escolha outra pessoa em Preferências primeiro.</translation>
        </message>
        <message>
            <source>Delete %s</source>
            <translation>Excluir %s</translation>
        </message>
    </context>
    <context>
        <name>PlanBoard</name>
        <message>
            <source>Drag a card to another column to change its status, or select it and press Ctrl+Left / Ctrl+Right. Enter opens it.</source>
            <translation>Arraste um cartão para outra coluna para mudar o status, ou selecione-o e pressione Ctrl+Esquerda / Ctrl+Direita. Enter o abre.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Actions done</source>
            <translation>Ações concluídas</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>Exportar o plano</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>Problema de prática</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justificativa</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabalho</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Começa</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Adapted from</source>
            <translation>Adaptado de</translation>
        </message>
        <message>
            <source>Which cities' practices does this plan adapt? Add them here so the practice shows the plans built on it.</source>
            <translation>Quais práticas de quais cidades este plano adapta? Adicione-as aqui para que a prática mostre os planos baseados nela.</translation>
        </message>
        <message>
            <source>Adapted from which practices and cities?</source>
            <translation>Adaptado de quais práticas e cidades?</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidências</translation>
        </message>
        <message>
            <source>No evidence linked yet. Add the readings and notes (case studies, site-visit notes) this plan draws on.</source>
            <translation>Ainda não há evidências vinculadas. Adicione as leituras e notas (estudos de caso, notas de visitas de campo) em que este plano se baseia.</translation>
        </message>
        <message>
            <source>Add readings and notes as evidence</source>
            <translation>Adicionar leituras e notas como evidências</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>Metas e ações</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Quadro</translation>
        </message>
        <message>
            <source>No plan open</source>
            <translation>Nenhum plano aberto</translation>
        </message>
        <message>
            <source>An action plan turns a practice you studied into steps for your city: goals with indicators, actions with owners and dates. Start from a blank page or from the network's cycle of inquiry.</source>
            <translation>Um plano de ação transforma uma prática que você estudou em etapas para a sua cidade: metas com indicadores, ações com responsáveis e datas. Comece de uma página em branco ou do ciclo de investigação da rede.</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Novo plano…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>A partir do ciclo de investigação…</translation>
        </message>
        <message>
            <source>owner: %s</source>
            <translation>responsável: %s</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%1 de %Ln ação concluída</numerusform>
                <numerusform>%1 de %Ln ações concluídas</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>Responsável pelo plano</translation>
        </message>
        <message>
            <source>Move plan to stage %s</source>
            <translation>Mover o plano para a etapa %s</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n actions to %1.</source>
            <translation>
                <numerusform>%n ação salva em %1.</numerusform>
                <numerusform>%n ações salvas em %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanFilterBar</name>
        <message>
            <source>Filter plans by title</source>
            <translation>Filtrar planos por título</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>Status do plano</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Qualquer status</translation>
        </message>
    </context>
    <context>
        <name>PlanListPanel</name>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Planos de ação</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Novo plano</translation>
        </message>
        <message>
            <source>Blank plan…</source>
            <translation>Plano em branco…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>A partir do ciclo de investigação…</translation>
        </message>
        <message>
            <source>From innovation at scale…</source>
            <translation>A partir da inovação em escala…</translation>
        </message>
        <message>
            <source>No plans yet. Start one with “New plan” — from a blank page or from the cycle of inquiry.</source>
            <translation>Ainda não há planos. Comece um com “Novo plano” — de uma página em branco ou do ciclo de investigação.</translation>
        </message>
        <message>
            <source>No plan matches the filter. Clear it to see every plan.</source>
            <translation>Nenhum plano corresponde ao filtro. Limpe-o para ver todos os planos.</translation>
        </message>
    </context>
    <context>
        <name>PlansSection</name>
        <message>
            <source>Action plans</source>
            <translation>Planos de ação</translation>
        </message>
        <message>
            <source>Delete plan %s</source>
            <translation>Excluir o plano %s</translation>
        </message>
        <message>
            <source>New plan %s</source>
            <translation>Novo plano %s</translation>
        </message>
    </context>
    <context>
        <name>PracticesSection</name>
        <message>
            <source>Practice</source>
            <translation>Prática</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Práticas</translation>
        </message>
        <message>
            <source>New practice</source>
            <translation>Nova prática</translation>
        </message>
        <message>
            <source>Filter practices by title</source>
            <translation>Filtrar práticas por título</translation>
        </message>
        <message>
            <source>No practices yet. Add what you saw on a site visit or read in a case study: “New practice”.</source>
            <translation>Ainda não há práticas. Adicione o que você viu em uma visita de campo ou leu em um estudo de caso: “Nova prática”.</translation>
        </message>
        <message>
            <source>No practice matches the filter. Clear it to see them all.</source>
            <translation>Nenhuma prática corresponde ao filtro. Limpe-o para ver todas.</translation>
        </message>
        <message>
            <source>Adapt in a new plan…</source>
            <translation>Adaptar em um novo plano…</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan</source>
            <translation>Adaptar esta prática em um novo plano</translation>
        </message>
        <message>
            <source>Delete this practice</source>
            <translation>Excluir esta prática</translation>
        </message>
        <message>
            <source>Plans that adapt it</source>
            <translation>Planos que a adaptam</translation>
        </message>
        <message>
            <source>No plan adapts this practice yet. “Adapt in a new plan…” starts one.</source>
            <translation>Nenhum plano adapta esta prática ainda. “Adaptar em um novo plano…” começa um.</translation>
        </message>
        <message>
            <source>No practice open</source>
            <translation>Nenhuma prática aberta</translation>
        </message>
        <message>
            <source>The portfolio holds what other cities do that works: what you saw on site visits and read in case studies, with the plans that adapt it here.</source>
            <translation>O portfólio reúne o que funciona em outras cidades: o que você viu em visitas de campo e leu em estudos de caso, com os planos que o adaptam aqui.</translation>
        </message>
        <message>
            <source>Choose a practice on the left, or add one with “New practice”.</source>
            <translation>Escolha uma prática à esquerda ou adicione uma com “Nova prática”.</translation>
        </message>
        <message>
            <source>Delete practice %s</source>
            <translation>Excluir a prática %s</translation>
        </message>
        <message>
            <source>Adapting: %s</source>
            <translation>Adaptando: %s</translation>
        </message>
        <message>
            <source>New plan adapting %s</source>
            <translation>Novo plano adaptando %s</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Novo plano</translation>
        </message>
        <message>
            <source>Adapt practice</source>
            <translation>Adaptar prática</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferências</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Who you are</source>
            <translation>Quem é você</translation>
        </message>
        <message>
            <source>— choose yourself —</source>
            <translation>— escolha você —</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>Você é</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Pasta compartilhada</translation>
        </message>
        <message>
            <source>A synced drive or USB folder your team uses</source>
            <translation>Uma unidade sincronizada ou pasta de pen drive que sua equipe usa</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>Escolher a pasta compartilhada</translation>
        </message>
        <message>
            <source>A new language applies the next time GCEN Desktop starts. Who you are decides whose reading statuses you set and which readings Home shows as yours.</source>
            <translation>Um novo idioma passa a valer na próxima vez que o GCEN Desktop for aberto. Quem é você determina de quem são os status de leitura que você define e quais leituras o Início mostra como suas.</translation>
        </message>
        <message>
            <source>You are now %s.</source>
            <translation>Agora você é %s.</translation>
        </message>
        <message>
            <source>%s: restart GCEN Desktop to see it in this language.</source>
            <translation>%s: reinicie o GCEN Desktop para vê-lo neste idioma.</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>PublishPanel</name>
        <message>
            <source>Publish to the network</source>
            <translation>Publicar na rede</translation>
        </message>
        <message>
            <source>What your team marked “Network”, for other cities: its current text, never its history; what is no longer marked is withdrawn.</source>
            <translation>O que sua equipe marcou como “Rede”, para outras cidades: o texto atual, nunca o histórico; o que não está mais marcado é retirado.</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Para:</translation>
        </message>
        <message>
            <source>Who the publication is for</source>
            <translation>Para quem é a publicação</translation>
        </message>
        <message>
            <source>The network hub, or the name of one city you send it to directly.</source>
            <translation>O hub da rede, ou o nome de uma cidade para a qual você a envia diretamente.</translation>
        </message>
        <message>
            <source>What changed since the last publication to it</source>
            <translation>O que mudou desde a última publicação para ele</translation>
        </message>
        <message>
            <source>Everything published now</source>
            <translation>Tudo o que está publicado agora</translation>
        </message>
        <message>
            <source>For a receiver that lost a file, or one you never published to.</source>
            <translation>Para um destinatário que perdeu um arquivo, ou para quem você nunca publicou.</translation>
        </message>
        <message>
            <source>Publish to the network…</source>
            <translation>Publicar na rede…</translation>
        </message>
        <message>
            <source>the network hub</source>
            <translation>o hub da rede</translation>
        </message>
        <message>
            <source>Nothing new to publish for %s.</source>
            <translation>Nada de novo para publicar para %s.</translation>
        </message>
        <message numerus="yes">
            <source>For %1: %2 (%n of them sent before, not acknowledged yet).</source>
            <translation>
                <numerusform>Para %1: %2 (%n já enviado, ainda sem confirmação).</numerusform>
                <numerusform>Para %1: %2 (%n já enviados, ainda sem confirmação).</numerusform>
            </translation>
        </message>
        <message>
            <source>For %1: %2.</source>
            <translation>Para %1: %2.</translation>
        </message>
        <message>
            <source>Nothing to publish</source>
            <translation>Nada para publicar</translation>
        </message>
        <message>
            <source>Nothing changed for %s since your last publication to it. Choose “Everything published now” to send it all again, or mark records “Network” first.</source>
            <translation>Nada mudou para %s desde a sua última publicação. Escolha “Tudo o que está publicado agora” para enviar tudo de novo, ou marque antes registros como “Rede”.</translation>
        </message>
        <message>
            <source>Publish for %1: %2?

Other cities get the current text of these records, never their history.</source>
            <translation>Publicar para %1: %2?

As outras cidades recebem o texto atual desses registros, nunca o histórico.</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>Publicar…</translation>
        </message>
        <message>
            <source>Save the publication as</source>
            <translation>Salvar a publicação como</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>Publicação GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>Gravando %s…</translation>
        </message>
        <message numerus="yes">
            <source>This publication was larger than one file may be, so it was saved as %Ln files, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.</source>
            <translation>
                <numerusform>Esta publicação ultrapassava o tamanho de um só arquivo, então foi salva em %Ln arquivo, de %1 a %2 (%3 no total). Envie todos para %4; cada um é importado sozinho.</numerusform>
                <numerusform>Esta publicação ultrapassava o tamanho de um só arquivo, então foi salva em %Ln arquivos, de %1 a %2 (%3 no total). Envie todos para %4; cada um é importado sozinho.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1 (%2). Send it to %3.</source>
            <translation>Salvo %1 (%2). Envie para %3.</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %s. Make them smaller (or give them fewer tags, attachments or parts) and publish again.</source>
            <translation>Nenhuma publicação pode levar estes registros, então eles ficaram aqui e o resto foi publicado: %s. Reduza-os (ou dê a eles menos etiquetas, anexos ou partes) e publique de novo.</translation>
        </message>
        <message>
            <source>Publication saved: %s</source>
            <translation>Publicação salva: %s</translation>
        </message>
        <message>
            <source>%s '%s': too many tags, attachments or parts</source>
            <translation>%s “%s”: etiquetas, anexos ou partes demais</translation>
        </message>
        <message>
            <source>%s '%s': too large</source>
            <translation>%s “%s”: grande demais</translation>
        </message>
        <message>
            <source>%s '%s': its attachments are too large together</source>
            <translation>%s “%s”: seus anexos são grandes demais juntos</translation>
        </message>
        <message>
            <source>%s '%s': a value other cities cannot read</source>
            <translation>%s “%s”: um valor que as outras cidades não conseguem ler</translation>
        </message>
        <message>
            <source>Publishing cancelled; no file was written.</source>
            <translation>Publicação cancelada; nenhum arquivo foi gravado.</translation>
        </message>
    </context>
    <context>
        <name>PublishWords</name>
        <message numerus="yes">
            <source>%n practices</source>
            <translation>
                <numerusform>%n prática</numerusform>
                <numerusform>%n práticas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plans</source>
            <translation>
                <numerusform>%n plano</numerusform>
                <numerusform>%n planos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n readings</source>
            <translation>
                <numerusform>%n leitura</numerusform>
                <numerusform>%n leituras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symposia</source>
            <translation>
                <numerusform>%n simpósio</numerusform>
                <numerusform>%n simpósios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working groups</source>
            <translation>
                <numerusform>%n grupo de trabalho</numerusform>
                <numerusform>%n grupos de trabalho</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goals</source>
            <translation>
                <numerusform>%n meta</numerusform>
                <numerusform>%n metas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions</source>
            <translation>
                <numerusform>%n ação</numerusform>
                <numerusform>%n ações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda items</source>
            <translation>
                <numerusform>%n item da pauta</numerusform>
                <numerusform>%n itens da pauta</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 e %2</translation>
        </message>
        <message>
            <source>%1 with %2</source>
            <translation>%1 com %2</translation>
        </message>
        <message>
            <source>%1 withdrawn</source>
            <translation>retirado: %1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>ReadingDetail</name>
        <message>
            <source>Choose a reading on the left, or press “Add reading”.</source>
            <translation>Escolha uma leitura à esquerda ou clique em “Adicionar leitura”.</translation>
        </message>
        <message>
            <source>My reading status</source>
            <translation>Meu status de leitura</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>Meu status</translation>
        </message>
        <message>
            <source>Reading status of each teammate</source>
            <translation>Status de leitura de cada colega</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipe</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Autores</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Editora</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Endereço web</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>Publicado em</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Atribuída a</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabalho</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Por que importa</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>PDF and files</source>
            <translation>PDF e arquivos</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences to keep your own status.</source>
            <translation>Escolha quem é você em Preferências para manter o seu próprio status.</translation>
        </message>
        <message>
            <source>No teammate has marked it yet.</source>
            <translation>Nenhum colega marcou ainda.</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>Marcar como %s</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>Alterar etiquetas</translation>
        </message>
    </context>
    <context>
        <name>ReadingsSection</name>
        <message>
            <source>Readings</source>
            <translation>Leituras</translation>
        </message>
        <message>
            <source>Case studies, background papers and reports the team reads.</source>
            <translation>Estudos de caso, textos de referência e relatórios que a equipe lê.</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>Adicionar leitura</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Import readings from RIS, BibTeX or CSL-JSON</source>
            <translation>Importar leituras de RIS, BibTeX ou CSL-JSON</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Export readings to RIS, BibTeX or CSL-JSON</source>
            <translation>Exportar leituras para RIS, BibTeX ou CSL-JSON</translation>
        </message>
        <message>
            <source>Readings shown…</source>
            <translation>Leituras exibidas…</translation>
        </message>
        <message>
            <source>Selected readings…</source>
            <translation>Leituras selecionadas…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the selected readings</source>
            <translation>Excluir as leituras selecionadas</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Autores</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>Meu status</translation>
        </message>
        <message>
            <source>No readings match. Add one with “Add reading”, import a RIS or BibTeX file, or clear the filters.</source>
            <translation>Nenhuma leitura corresponde. Adicione uma com “Adicionar leitura”, importe um arquivo RIS ou BibTeX ou limpe os filtros.</translation>
        </message>
        <message>
            <source>Filter readings by title</source>
            <translation>Filtrar leituras por título</translation>
        </message>
        <message>
            <source>Show readings of type</source>
            <translation>Mostrar leituras do tipo</translation>
        </message>
        <message>
            <source>Show readings with my status</source>
            <translation>Mostrar leituras com meu status</translation>
        </message>
        <message>
            <source>Show readings of year</source>
            <translation>Mostrar leituras do ano</translation>
        </message>
        <message>
            <source>Show readings with tag</source>
            <translation>Mostrar leituras com a etiqueta</translation>
        </message>
        <message>
            <source>Show readings of working group</source>
            <translation>Mostrar leituras do grupo de trabalho</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Qualquer status</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Qualquer ano</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Qualquer etiqueta</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Todos os grupos de trabalho</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln readings</source>
            <translation>
                <numerusform>Excluir %Ln leitura</numerusform>
                <numerusform>Excluir %Ln leituras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln readings to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>%Ln leitura movida para a lixeira. Desfazer a traz de volta.</numerusform>
                <numerusform>%Ln leituras movidas para a lixeira. Desfazer as traz de volta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading lists (%1);;All files (*)</source>
            <translation>Listas de leitura (%1);;Todos os arquivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln more readings from %1.</source>
            <translation>
                <numerusform>%Ln leitura a mais importada de %1.</numerusform>
                <numerusform>%Ln leituras a mais importadas de %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, as already in the workspace or repeated in the file (same DOI; or same title, year and first author; or same web address and title): %1.</source>
            <translation>Ignoradas, por já estarem no espaço de trabalho ou repetidas no arquivo (mesmo DOI; ou mesmo título, ano e primeiro autor; ou mesmo endereço web e título): %1.</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>e mais %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln readings to %1.</source>
            <translation>
                <numerusform>%Ln leitura exportada para %1.</numerusform>
                <numerusform>%Ln leituras exportadas para %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete reading</source>
            <translation>Excluir leitura</translation>
        </message>
        <message>
            <source>Import readings</source>
            <translation>Importar leituras</translation>
        </message>
        <message>
            <source>Importing %s…</source>
            <translation>Importando %s…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Import %s</source>
            <translation>Importar %s</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importação concluída</translation>
        </message>
        <message>
            <source>Import them anyway</source>
            <translation>Importar mesmo assim</translation>
        </message>
        <message>
            <source>“%1” has the DOI of “%2”</source>
            <translation>“%1” tem o DOI de “%2”</translation>
        </message>
        <message>
            <source>“%1” has the title, year and first author of “%2”</source>
            <translation>“%1” tem o título, o ano e o primeiro autor de “%2”</translation>
        </message>
        <message>
            <source>“%1” has the web address and title of “%2”</source>
            <translation>“%1” tem o endereço web e o título de “%2”</translation>
        </message>
        <message>
            <source>“%1” looks like “%2”</source>
            <translation>“%1” parece “%2”</translation>
        </message>
        <message>
            <source>%1 (earlier in the file)</source>
            <translation>%1 (antes no arquivo)</translation>
        </message>
        <message>
            <source>Readings added from %1: %2.</source>
            <translation>Leituras adicionadas de %1: %2.</translation>
        </message>
        <message>
            <source>Left out, as they could not be read: %1.</source>
            <translation>Deixadas de fora, por não poderem ser lidas: %1.</translation>
        </message>
        <message>
            <source>Export readings</source>
            <translation>Exportar leituras</translation>
        </message>
        <message>
            <source>Select the readings to export first.</source>
            <translation>Selecione primeiro as leituras a exportar.</translation>
        </message>
        <message>
            <source>Export selected readings</source>
            <translation>Exportar as leituras selecionadas</translation>
        </message>
        <message>
            <source>No readings are shown, so there is nothing to export.</source>
            <translation>Nenhuma leitura está sendo exibida, então não há nada para exportar.</translation>
        </message>
    </context>
    <context>
        <name>ReceiveFlow</name>
        <message>
            <source>Importing %s…</source>
            <translation>Importando %s…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Importação cancelada; nada foi alterado.</translation>
        </message>
        <message>
            <source>another city</source>
            <translation>outra cidade</translation>
        </message>
        <message>
            <source>This publication says it comes from %1, and it is signed by a key you have not trusted for that city yet. Its fingerprint is:

%2

Ask %1's team for the fingerprint of their key (by phone, or on the network hub's page) and trust it only if the two are the same.</source>
            <translation>Esta publicação diz vir de %1 e está assinada por uma chave em que você ainda não confiou para essa cidade. A impressão digital dela é:

%2

Peça à equipe de %1 a impressão digital da chave dela (por telefone, ou na página do hub da rede) e confie nela somente se as duas forem iguais.</translation>
        </message>
        <message>
            <source>A key you have not trusted yet</source>
            <translation>Uma chave em que você ainda não confiou</translation>
        </message>
        <message>
            <source>Trust it and import</source>
            <translation>Confiar nela e importar</translation>
        </message>
        <message numerus="yes">
            <source>%1 holds %n of your published records; your next publication for it carries only what it lacks.</source>
            <translation>
                <numerusform>%1 tem %n dos seus registros publicados; sua próxima publicação para essa cidade levará só o que falta.</numerusform>
                <numerusform>%1 tem %n dos seus registros publicados; sua próxima publicação para essa cidade levará só o que falta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrived</source>
            <translation>
                <numerusform>%n recebida</numerusform>
                <numerusform>%n recebidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n atualizada</numerusform>
                <numerusform>%n atualizadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n withdrawn</source>
            <translation>
                <numerusform>%n retirada</numerusform>
                <numerusform>%n retiradas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: nothing new in this publication.</source>
            <translation>%1: nada de novo nesta publicação.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(excluído)</translation>
        </message>
        <message>
            <source>A newer version of GCEN Desktop set this; update it to change this value.</source>
            <translation>Uma versão mais recente do GCEN Desktop definiu este valor; atualize o aplicativo para alterá-lo.</translation>
        </message>
        <message>
            <source>Teammates wrote different values here; see Conflicts.</source>
            <translation>Colegas escreveram valores diferentes aqui; veja Conflitos.</translation>
        </message>
        <message>
            <source>Other cities get its current text when your team publishes to the network, not its history.</source>
            <translation>As outras cidades recebem o texto atual quando sua equipe publica na rede, não o histórico.</translation>
        </message>
        <message>
            <source>%s was not changed: type a date like %s or %s.</source>
            <translation>%s não foi alterado: digite uma data como %s ou %s.</translation>
        </message>
        <message>
            <source>%s cannot be empty.</source>
            <translation>%s não pode ficar vazio.</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Editar %s</translation>
        </message>
    </context>
    <context>
        <name>RecordPickerDialog</name>
        <message>
            <source>Type to find by title…</source>
            <translation>Digite para buscar pelo título…</translation>
        </message>
        <message>
            <source>Find by title</source>
            <translation>Buscar pelo título</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Tipo de registro</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>Matching records</source>
            <translation>Registros correspondentes</translation>
        </message>
        <message>
            <source>Nothing matches. Try fewer letters, or create the record first.</source>
            <translation>Nada corresponde. Tente menos letras ou crie o registro primeiro.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
    </context>
    <context>
        <name>RecordSection</name>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
    </context>
    <context>
        <name>SavedFileDialog</name>
        <message>
            <source>Export finished</source>
            <translation>Exportação concluída</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the saved file</source>
            <translation>Abrir o arquivo salvo</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar na pasta</translation>
        </message>
        <message>
            <source>Show the saved file in its folder</source>
            <translation>Mostrar o arquivo salvo na sua pasta</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the workspace</source>
            <translation>Buscar no espaço de trabalho</translation>
        </message>
        <message>
            <source>Search notes, readings, plans, people…</source>
            <translation>Buscar notas, leituras, planos, pessoas…</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Texto da busca</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados da busca</translation>
        </message>
        <message>
            <source>Type a few words; results are grouped by kind. Enter opens the first.</source>
            <translation>Digite algumas palavras; os resultados são agrupados por tipo. Enter abre o primeiro.</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or different words.</source>
            <translation>Nada encontrado. Tente menos palavras ou palavras diferentes.</translation>
        </message>
        <message>
            <source>Still indexing a recent import; some results may be missing.</source>
            <translation>Ainda indexando uma importação recente; alguns resultados podem faltar.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln results. Enter opens the selected one.</source>
            <translation>
                <numerusform>%Ln resultado. Enter o abre.</numerusform>
                <numerusform>%Ln resultados. Enter abre o selecionado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedFolderPanel</name>
        <message>
            <source>Shared folder</source>
            <translation>Pasta compartilhada</translation>
        </message>
        <message>
            <source>If your team shares a folder (a synced drive), GCEN Desktop puts your bundle there and imports your teammates' bundles every five minutes.</source>
            <translation>Se sua equipe compartilha uma pasta (uma unidade sincronizada), o GCEN Desktop coloca seu pacote nela e importa os pacotes dos colegas a cada cinco minutos.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Escolher pasta…</translation>
        </message>
        <message>
            <source>Stop using it</source>
            <translation>Parar de usar</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar agora</translation>
        </message>
        <message>
            <source>Look at it…</source>
            <translation>Ver…</translation>
        </message>
        <message>
            <source>Open the bundle with its preview, then decide</source>
            <translation>Abrir o pacote com sua pré-visualização e depois decidir</translation>
        </message>
        <message>
            <source>Not available in this build.</source>
            <translation>Não disponível nesta versão.</translation>
        </message>
        <message>
            <source>No shared folder. Bundles travel by USB stick or e-mail.</source>
            <translation>Nenhuma pasta compartilhada. Os pacotes viajam por pen drive ou e-mail.</translation>
        </message>
        <message>
            <source>Choose the folder your team shares</source>
            <translation>Escolha a pasta que sua equipe compartilha</translation>
        </message>
        <message>
            <source>Last sync: nothing new from teammates.</source>
            <translation>Última sincronização: nada novo dos colegas.</translation>
        </message>
        <message>
            <source>Last sync brought in one bundle.</source>
            <translation>A última sincronização trouxe um pacote.</translation>
        </message>
        <message numerus="yes">
            <source>Last sync brought in %Ln bundles.</source>
            <translation>
                <numerusform>A última sincronização trouxe %Ln pacote.</numerusform>
                <numerusform>A última sincronização trouxe %Ln pacotes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %s</source>
            <translation>A última sincronização falhou: %s</translation>
        </message>
        <message>
            <source>Waiting for you (not imported automatically):</source>
            <translation>Aguardando sua decisão (não importados automaticamente):</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>Could not open the workspace</source>
            <translation>Não foi possível abrir o espaço de trabalho</translation>
        </message>
        <message>
            <source>Open a workspace folder</source>
            <translation>Abrir uma pasta de espaço de trabalho</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Novo espaço de trabalho</translation>
        </message>
        <message>
            <source>That folder is empty. Create a new workspace in it?</source>
            <translation>Essa pasta está vazia. Criar um novo espaço de trabalho nela?</translation>
        </message>
        <message>
            <source>Create a workspace…</source>
            <translation>Criar um espaço de trabalho…</translation>
        </message>
        <message>
            <source>No workspace there</source>
            <translation>Nenhum espaço de trabalho aí</translation>
        </message>
        <message>
            <source>That folder holds no GCEN workspace; pick the folder you created it in, or an empty folder for a new workspace.</source>
            <translation>Essa pasta não contém nenhum espaço de trabalho GCEN; escolha a pasta em que você o criou, ou uma pasta vazia para um novo espaço de trabalho.</translation>
        </message>
        <message>
            <source>That workspace is open in another window, which is now in front.</source>
            <translation>Esse espaço de trabalho está aberto em outra janela, que agora está à frente.</translation>
        </message>
    </context>
    <context>
        <name>StageBar</name>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>Etapa do ciclo de investigação</translation>
        </message>
        <message>
            <source>Stage %s</source>
            <translation>Etapa %s</translation>
        </message>
    </context>
    <context>
        <name>SymposiaSection</name>
        <message>
            <source>Symposium</source>
            <translation>Simpósio</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Começa</translation>
        </message>
        <message>
            <source>Symposia</source>
            <translation>Simpósios</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>Novo simpósio</translation>
        </message>
        <message>
            <source>Filter by title</source>
            <translation>Filtrar por título</translation>
        </message>
        <message>
            <source>No symposia or meetings yet. Add the next one with “New symposium” to plan its agenda and prep checklist.</source>
            <translation>Ainda não há simpósios nem reuniões. Adicione o próximo com “Novo simpósio” para planejar a programação e a lista de preparação.</translation>
        </message>
        <message>
            <source>Nothing matches the filter. Clear it to see every event.</source>
            <translation>Nada corresponde ao filtro. Limpe-o para ver todos os eventos.</translation>
        </message>
        <message>
            <source>Delete symposium %s</source>
            <translation>Excluir o simpósio %s</translation>
        </message>
    </context>
    <context>
        <name>SymposiumEditor</name>
        <message>
            <source>Briefing pack</source>
            <translation>Dossiê de preparação</translation>
        </message>
        <message>
            <source>Export the briefing pack</source>
            <translation>Exportar o dossiê de preparação</translation>
        </message>
        <message>
            <source>Agenda calendar…</source>
            <translation>Programação como calendário…</translation>
        </message>
        <message>
            <source>Save the agenda as a calendar file (iCalendar)</source>
            <translation>Salvar a programação como arquivo de calendário (iCalendar)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Cidade anfitriã</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Começa</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Who is going? Add the team members taking part.</source>
            <translation>Quem vai? Adicione os membros da equipe que participam.</translation>
        </message>
        <message>
            <source>Add participants</source>
            <translation>Adicionar participantes</translation>
        </message>
        <message>
            <source>Readings and notes to prepare with</source>
            <translation>Leituras e notas para se preparar</translation>
        </message>
        <message>
            <source>Link the readings and notes participants should see before they travel.</source>
            <translation>Vincule as leituras e notas que os participantes devem ver antes de viajar.</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>Vincular leituras e notas</translation>
        </message>
        <message>
            <source>Notes taken at this event</source>
            <translation>Notas feitas neste evento</translation>
        </message>
        <message>
            <source>Notes whose symposium is this one appear here.</source>
            <translation>Notas cujo simpósio é este aparecem aqui.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>em %Ln dia</numerusform>
                <numerusform>em %Ln dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln prep items done</source>
            <translation>
                <numerusform>%1 de %Ln item de preparação feito</numerusform>
                <numerusform>%1 de %Ln itens de preparação feitos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n agenda items to %1.</source>
            <translation>
                <numerusform>%n sessão da programação salva em %1.</numerusform>
                <numerusform>%n sessões da programação salvas em %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programação</translation>
        </message>
        <message>
            <source>Prep checklist</source>
            <translation>Lista de preparação</translation>
        </message>
        <message>
            <source>Readings and notes</source>
            <translation>Leituras e notas</translation>
        </message>
        <message>
            <source>No symposium open</source>
            <translation>Nenhum simpósio aberto</translation>
        </message>
        <message>
            <source>Plan the next symposium or working-group meeting here: its days and sessions, who goes, what to prepare and read, and a briefing pack to share.</source>
            <translation>Planeje aqui o próximo simpósio ou reunião de grupo de trabalho: os dias e as sessões, quem vai, o que preparar e ler, e um dossiê de preparação para compartilhar.</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>Novo simpósio</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync with your team</source>
            <translation>Sincronizar com sua equipe</translation>
        </message>
        <message>
            <source>Share with other cities</source>
            <translation>Compartilhar com outras cidades</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
        <message>
            <source>Sync information is not available: %s</source>
            <translation>As informações de sincronização não estão disponíveis: %s</translation>
        </message>
        <message>
            <source>Last exchange: %s.</source>
            <translation>Última troca: %s.</translation>
        </message>
        <message>
            <source>No bundles exchanged yet. Export one for your team, or import the one a teammate sent you.</source>
            <translation>Nenhum pacote trocado ainda. Exporte um para sua equipe ou importe o que um colega enviou a você.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importar um pacote</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>Pacote GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Já há uma importação em andamento; aguarde até que termine.</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>Desfazer a última importação</translation>
        </message>
        <message>
            <source>Put the workspace back as it was just before the last import? What the import added or changed is taken out again.</source>
            <translation>Voltar o espaço de trabalho ao estado em que estava logo antes da última importação? O que a importação adicionou ou alterou é retirado.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Desfazer importação</translation>
        </message>
        <message>
            <source>The last import was undone.</source>
            <translation>A última importação foi desfeita.</translation>
        </message>
        <message>
            <source>export for the team</source>
            <translation>exportação para a equipe</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etiquetas, separadas por vírgulas</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
    </context>
    <context>
        <name>TimeZoneDialog</name>
        <message>
            <source>Time zone of the agenda</source>
            <translation>Fuso horário da programação</translation>
        </message>
        <message>
            <source>The agenda of “%1” lists local times, but its host city does not say which time zone they are in. Choose the time zone of the place where it is held:</source>
            <translation>A programação de “%1” lista horários locais, mas a cidade anfitriã não diz em que fuso horário estão. Escolha o fuso horário do lugar onde acontece:</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Excluído em</translation>
        </message>
    </context>
    <context>
        <name>TrashSection</name>
        <message>
            <source>Trash</source>
            <translation>Lixeira</translation>
        </message>
        <message>
            <source>Deleted records stay here until you restore them or delete them permanently.</source>
            <translation>Os registros excluídos ficam aqui até você restaurá-los ou excluí-los definitivamente.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restore the selected records</source>
            <translation>Restaurar os registros selecionados</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Excluir definitivamente</translation>
        </message>
        <message>
            <source>Delete the selected records permanently</source>
            <translation>Excluir definitivamente os registros selecionados</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Esvaziar a lixeira</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>Esvaziar a lixeira</translation>
        </message>
        <message>
            <source>Deleted records</source>
            <translation>Registros excluídos</translation>
        </message>
        <message>
            <source>The trash is empty. Anything you delete appears here and can be restored.</source>
            <translation>A lixeira está vazia. Tudo o que você excluir aparece aqui e pode ser restaurado.</translation>
        </message>
        <message numerus="yes">
            <source>Restored %Ln records.</source>
            <translation>
                <numerusform>%Ln registro restaurado.</numerusform>
                <numerusform>%Ln registros restaurados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %Ln records</source>
            <translation>
                <numerusform>Restaurar %Ln registro</numerusform>
                <numerusform>Restaurar %Ln registros</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore from trash</source>
            <translation>Restaurar da lixeira</translation>
        </message>
        <message>
            <source>Teammates who already have them keep them: your deletion reaches them with your bundles, and their copies stay in their own trash until they empty theirs.</source>
            <translation>Os colegas que já os têm continuam com eles: sua exclusão chega a eles com seus pacotes, e as cópias deles ficam na própria lixeira até que a esvaziem.</translation>
        </message>
        <message>
            <source>Delete the selected records permanently? What they say is removed from this computer; they cannot be restored, and this cannot be undone.</source>
            <translation>Excluir definitivamente os registros selecionados? O conteúdo deles é removido deste computador; não poderão ser restaurados, e isso não pode ser desfeito.</translation>
        </message>
        <message>
            <source>Delete everything in the trash permanently? What it says is removed from this computer; nothing in it can be restored, and this cannot be undone.</source>
            <translation>Excluir definitivamente tudo o que está na lixeira? O conteúdo é removido deste computador; nada poderá ser restaurado, e isso não pode ser desfeito.</translation>
        </message>
        <message>
            <source>Deleted permanently.</source>
            <translation>Excluído definitivamente.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <source>the team</source>
            <translation>a equipe</translation>
        </message>
        <message>
            <source>Teammate using this workspace</source>
            <translation>Colega que usa este espaço de trabalho</translation>
        </message>
        <message>
            <source>Changes not yet shared</source>
            <translation>Alterações ainda não compartilhadas</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Última troca</translation>
        </message>
        <message>
            <source>Workspace state</source>
            <translation>Estado do espaço de trabalho</translation>
        </message>
        <message>
            <source>Counting changes not yet shared…</source>
            <translation>Contando as alterações ainda não compartilhadas…</translation>
        </message>
        <message>
            <source>Read-only: this workspace can be read but not changed</source>
            <translation>Somente leitura: este espaço de trabalho pode ser lido, mas não alterado</translation>
        </message>
        <message>
            <source>Damaged: changes are refused; restore a backup or join the workspace again</source>
            <translation>Danificado: as alterações são recusadas; restaure um backup ou entre novamente no espaço de trabalho</translation>
        </message>
        <message>
            <source>You: %s</source>
            <translation>Você: %s</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences</source>
            <translation>Escolha quem é você em Preferências</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not yet shared</source>
            <translation>
                <numerusform>%Ln alteração ainda não compartilhada</numerusform>
                <numerusform>%Ln alterações ainda não compartilhadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything shared</source>
            <translation>Tudo compartilhado</translation>
        </message>
        <message>
            <source>Last exchange with %s</source>
            <translation>Última troca com %s</translation>
        </message>
        <message>
            <source>No exchange yet</source>
            <translation>Nenhuma troca ainda</translation>
        </message>
    </context>
    <context>
        <name>WriterNames</name>
        <message>
            <source>you (this computer)</source>
            <translation>você (este computador)</translation>
        </message>
        <message>
            <source>a teammate (%s…)</source>
            <translation>um colega (%s…)</translation>
        </message>
    </context>
    <context>
        <name>_CitiesPage</name>
        <message>
            <source>Practices from this city</source>
            <translation>Práticas desta cidade</translation>
        </message>
        <message>
            <source>No practice in the portfolio comes from this city yet. Set a practice's city on the “Practices” screen.</source>
            <translation>Nenhuma prática do portfólio vem desta cidade ainda. Defina a cidade de uma prática na tela “Práticas”.</translation>
        </message>
    </context>
    <context>
        <name>_MembersPage</name>
        <message>
            <source>This is you.</source>
            <translation>Este é você.</translation>
        </message>
        <message>
            <source>Working groups: %s</source>
            <translation>Grupos de trabalho: %s</translation>
        </message>
        <message>
            <source>Not in a working group yet.</source>
            <translation>Ainda não está em nenhum grupo de trabalho.</translation>
        </message>
    </context>
    <context>
        <name>Deleting</name>
        <message>
            <source>They go to the trash with it, and Undo brings them all back.</source>
            <translation>Tudo isso vai junto para a lixeira; Desfazer traz tudo de volta.</translation>
        </message>
        <message>
            <source>This plan has %1.</source>
            <translation>Este plano tem %1.</translation>
        </message>
        <message>
            <source>This plan has %1 and %2.</source>
            <translation>Este plano tem %1 e %2.</translation>
        </message>
        <message>
            <source>This goal has %1.</source>
            <translation>Esta meta tem %1.</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Excluir “%1”?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>This symposium has %1.</source>
            <translation>Este simpósio tem %1.</translation>
        </message>
        <message>
            <source>This symposium has %1 and %2.</source>
            <translation>Este simpósio tem %1 e %2.</translation>
        </message>
    </context>
    <context>
        <name>DocumentFormats</name>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Documento PDF</translation>
        </message>
        <message>
            <source>Word (DOCX)</source>
            <translation>Word (DOCX)</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>Documento do Word</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Página web (HTML)</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Página web</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>Planilha (CSV)</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Planilha</translation>
        </message>
        <message>
            <source>Calendar (iCalendar)</source>
            <translation>Calendário (iCalendar)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendário</translation>
        </message>
        <message>
            <source>RIS</source>
            <translation>RIS</translation>
        </message>
        <message>
            <source>BibTeX</source>
            <translation>BibTeX</translation>
        </message>
        <message>
            <source>CSL-JSON</source>
            <translation>CSL-JSON</translation>
        </message>
    </context>
    <context>
        <name>Types</name>
        <message>
            <source>Workspace</source>
            <translation>Espaço de trabalho</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabalho</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Simpósio</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Item da programação</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Item da lista</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Leitura</translation>
        </message>
        <message>
            <source>Reading status</source>
            <translation>Status de leitura</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Prática</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plano de ação</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Anexo</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Vínculo</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Compartilhado com</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>Problema de prática</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Cidade anfitriã</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Começa</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Horário</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordem</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabalho</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Simpósio</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Autores</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Editora</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>Publicado em</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Endereço web</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Por que importa</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Atribuída a</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Results and evidence</source>
            <translation>Resultados e evidências</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatos</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justificativa</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>Responsável pelo plano</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Linha de base</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Alvo</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>Prestador de contas</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Marco</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>Private (this computer only)</source>
            <translation>Privado (somente este computador)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipe</translation>
        </message>
        <message>
            <source>Network (other cities may see it)</source>
            <translation>Rede (outras cidades podem ver)</translation>
        </message>
        <message>
            <source>Superintendent</source>
            <translation>Superintendente</translation>
        </message>
        <message>
            <source>Senior leader</source>
            <translation>Liderança sênior</translation>
        </message>
        <message>
            <source>Content expert</source>
            <translation>Especialista de conteúdo</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>Parte interessada</translation>
        </message>
        <message>
            <source>Practitioner-leader</source>
            <translation>Líder praticante</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Equipe técnica</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Estudo de caso</translation>
        </message>
        <message>
            <source>Background paper</source>
            <translation>Texto de referência</translation>
        </message>
        <message>
            <source>Meeting report</source>
            <translation>Relatório de reunião</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artigo</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Livro</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Página web</translation>
        </message>
        <message>
            <source>To read</source>
            <translation>Para ler</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lendo</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lida</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>Discutida</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Visita de campo</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexão</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Simpósio</translation>
        </message>
        <message>
            <source>Working-group meeting</source>
            <translation>Reunião do grupo de trabalho</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Webinário</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Intercâmbio</translation>
        </message>
        <message>
            <source>Expert talk</source>
            <translation>Palestra de especialista</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Plenary</source>
            <translation>Plenária</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>Investigação</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discussão</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planejamento</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Rascunho</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Não iniciada</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Em andamento</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloqueada</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausado</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Encerrado</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Action plan</source>
            <translation>Plano de ação</translation>
        </message>
        <message>
            <source>Symposium briefing pack</source>
            <translation>Dossiê de preparação do simpósio</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sumário</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipe</translation>
        </message>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>Etapa do ciclo de investigação</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>Responsável pelo plano</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Rede</translation>
        </message>
        <message>
            <source>Adapted from</source>
            <translation>Adaptado de</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Práticas</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>Cidades</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>Metas e ações</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Andamento</translation>
        </message>
        <message>
            <source>Actions done: {done} of {total}</source>
            <translation>Ações concluídas: {done} de {total}</translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>Ainda não há ações.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidências</translation>
        </message>
        <message>
            <source>Readings from the team's reading list that this plan draws on.</source>
            <translation>Leituras da lista da equipe em que este plano se baseia.</translation>
        </message>
        <message>
            <source>The team's notes this plan draws on are in the appendix.</source>
            <translation>As notas da equipe em que este plano se baseia estão no apêndice.</translation>
        </message>
        <message>
            <source>Appendix: linked notes</source>
            <translation>Apêndice: notas vinculadas</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Nada registrado.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>No font on this computer can draw these characters; each shows as �: {chars}.</source>
            <translation>Nenhuma fonte deste computador consegue desenhar estes caracteres; cada um aparece como �: {chars}.</translation>
        </message>
        <message>
            <source>Prepared with GCEN Desktop on {date}</source>
            <translation>Preparado com o GCEN Desktop em {date}</translation>
        </message>
        <message>
            <source>For circulation within the {network}.</source>
            <translation>Para circulação dentro da {network}.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datas</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programação</translation>
        </message>
        <message>
            <source>Day {day}</source>
            <translation>Dia {day}</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>Visitas de campo</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>Lista de preparação</translation>
        </message>
        <message>
            <source>Items done: {done} of {total}</source>
            <translation>Itens feitos: {done} de {total}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Pendente</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Assigned readings</source>
            <translation>Leituras atribuídas</translation>
        </message>
        <message>
            <source>Team notes by working group</source>
            <translation>Notas da equipe por grupo de trabalho</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>Outras notas</translation>
        </message>
        <message>
            <source>Status of the team's plans</source>
            <translation>Status dos planos da equipe</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Actions and milestones</source>
            <translation>Ações e marcos</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>Prazo: {title}</translation>
        </message>
        <message>
            <source>Milestone: {title}</source>
            <translation>Marco: {title}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Give --format (%(formats)s) or a file name ending in one of them.</source>
            <translation>Informe --format (%(formats)s) ou um nome de arquivo que termine em um deles.</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; pass it with --tz, e.g. --tz Asia/Seoul.</source>
            <translation>O fuso horário de '%(title)s' não é conhecido pela cidade anfitriã; informe-o com --tz, p. ex. --tz Asia/Seoul.</translation>
        </message>
        <message>
            <source>A network publication is always signed and never encrypted; leave out --no-sign, --passphrase-file and --recipient.</source>
            <translation>Uma publicação para a rede é sempre assinada e nunca criptografada; retire --no-sign, --passphrase-file e --recipient.</translation>
        </message>
        <message>
            <source>%(folder)s holds no workspace; a network publication is imported into a workspace ('gcen init' makes one).</source>
            <translation>%(folder)s não contém nenhum espaço de trabalho; uma publicação da rede é importada em um espaço de trabalho ('gcen init' cria um).</translation>
        </message>
        <message>
            <source>A network publication is not previewed; 'gcen network import' takes it into the network library, where nothing is the team's own.</source>
            <translation>Uma publicação da rede não tem prévia; 'gcen network import' a guarda na biblioteca da rede, onde nada é da equipe.</translation>
        </message>
        <message>
            <source>Expected --FIELD VALUE, got '%(token)s'.</source>
            <translation>Era esperado --FIELD VALUE, mas veio '%(token)s'.</translation>
        </message>
        <message>
            <source>--%(name)s needs a value.</source>
            <translation>--%(name)s precisa de um valor.</translation>
        </message>
        <message>
            <source>No single %(types)s is called '%(name)s'; give its id instead.</source>
            <translation>Não há um único registro do tipo %(types)s chamado '%(name)s'; informe o id dele.</translation>
        </message>
        <message>
            <source>Use --set FIELD=VALUE, not '%(item)s'.</source>
            <translation>Use --set FIELD=VALUE, não '%(item)s'.</translation>
        </message>
        <message>
            <source>The workspace check found problems (listed above); restore the workspace folder from a backup, or join the workspace again from a teammate's full bundle, and keep a copy of this folder to ask for help.</source>
            <translation>A verificação do espaço de trabalho encontrou problemas (listados acima); restaure a pasta do espaço de trabalho a partir de um backup, ou entre novamente no espaço de trabalho a partir do pacote completo de um colega de equipe, e guarde uma cópia desta pasta para pedir ajuda.</translation>
        </message>
        <message>
            <source>The identity file %(path)s is not a regular file; save the identity in a file and give its name.</source>
            <translation>O arquivo de identidade %(path)s não é um arquivo comum; salve a identidade em um arquivo e informe o nome dele.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is not a regular file; save the passphrase in a file and give its name.</source>
            <translation>O arquivo de frase secreta %(path)s não é um arquivo comum; salve a frase secreta em um arquivo e informe o nome dele.</translation>
        </message>
        <message>
            <source>The identity file %(path)s is longer than %(limit)d bytes; check that it is the right file.</source>
            <translation>O arquivo de identidade %(path)s tem mais de %(limit)d bytes; confira se é o arquivo certo.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is longer than %(limit)d bytes; a passphrase is one line, check that it is the right file.</source>
            <translation>O arquivo de frase secreta %(path)s tem mais de %(limit)d bytes; uma frase secreta é uma linha, confira se é o arquivo certo.</translation>
        </message>
        <message>
            <source>The identity file %(path)s cannot be read; check the name.</source>
            <translation>Não é possível ler o arquivo de identidade %(path)s; confira o nome.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s cannot be read; check the name.</source>
            <translation>Não é possível ler o arquivo de frase secreta %(path)s; confira o nome.</translation>
        </message>
        <message>
            <source>The file %(path)s holds no age identity (a line starting AGE-SECRET-KEY-).</source>
            <translation>O arquivo %(path)s não contém nenhuma identidade age (uma linha que comece com AGE-SECRET-KEY-).</translation>
        </message>
        <message>
            <source>%(refusal)s (--preview shows it; --once imports it once; --yes trusts the key that signed it.)</source>
            <translation>%(refusal)s (--preview o mostra; --once o importa uma vez; --yes confia na chave que o assinou.)</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s to preview against; import without --preview to join.</source>
            <translation>Não há espaço de trabalho em %(folder)s para comparar na prévia; importe sem --preview para ingressar.</translation>
        </message>
        <message>
            <source>--as-copies cannot be previewed; import the copies, then 'gcen undo-import' if unwanted.</source>
            <translation>--as-copies não permite prévia; importe as cópias e depois use 'gcen undo-import' se não as quiser.</translation>
        </message>
        <message>
            <source>%(refusal)s To copy its records into this workspace, add --as-copies.</source>
            <translation>%(refusal)s Para copiar os registros dele para este espaço de trabalho, adicione --as-copies.</translation>
        </message>
        <message>
            <source>'%(field)s' cannot be empty.</source>
            <translation>'%(field)s' não pode ficar vazio.</translation>
        </message>
        <message>
            <source>'%(field)s' is longer than %(limit)d characters.</source>
            <translation>'%(field)s' tem mais de %(limit)d caracteres.</translation>
        </message>
        <message>
            <source>'%(field)s' contains a NUL character, which other teammates' stores cannot hold; remove it and try again.</source>
            <translation>'%(field)s' contém um caractere NUL, que as cópias dos colegas de equipe não podem guardar; remova-o e tente novamente.</translation>
        </message>
        <message>
            <source>'%(field)s' holds text that is not valid Unicode (a lone surrogate); type or paste it again.</source>
            <translation>'%(field)s' contém texto que não é Unicode válido (um substituto isolado); digite-o ou cole-o novamente.</translation>
        </message>
        <message>
            <source>'%(value)s' is not an order key for '%(field)s' (e.g. a0); move the record instead.</source>
            <translation>'%(value)s' não é uma chave de ordem para '%(field)s' (p. ex. a0); mova o registro em vez disso.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a date for '%(field)s': use YYYY-MM-DD, e.g. 2026-03-14.</source>
            <translation>'%(value)s' não é uma data para '%(field)s': use AAAA-MM-DD, p. ex. 2026-03-14.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a time for '%(field)s': use HH:MM.</source>
            <translation>'%(value)s' não é um horário para '%(field)s': use HH:MM.</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number.</source>
            <translation>'%(field)s' deve ser um número inteiro.</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number, not '%(value)s'.</source>
            <translation>'%(field)s' deve ser um número inteiro, não '%(value)s'.</translation>
        </message>
        <message>
            <source>'%(field)s' is too large a number; use one of at most 18 digits.</source>
            <translation>'%(field)s' é um número grande demais; use um de no máximo 18 dígitos.</translation>
        </message>
        <message>
            <source>'%(field)s' must be yes or no, not '%(value)s'.</source>
            <translation>'%(field)s' deve ser sim ou não (yes/no), não '%(value)s'.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a %(field)s; choose one of: %(choices)s.</source>
            <translation>'%(value)s' não é um valor válido de %(field)s; escolha um destes: %(choices)s.</translation>
        </message>
        <message>
            <source>'%(field)s' must be the id of a record, not '%(value)s'.</source>
            <translation>'%(field)s' deve ser o id de um registro, não '%(value)s'.</translation>
        </message>
        <message>
            <source>A %(type)s has no field '%(field)s'; its fields are: %(fields)s.</source>
            <translation>Um registro do tipo %(type)s não tem o campo '%(field)s'; os campos dele são: %(fields)s.</translation>
        </message>
        <message>
            <source>A new %(type)s needs '%(field)s' (e.g. --%(field)s "...").</source>
            <translation>Um novo registro do tipo %(type)s precisa de '%(field)s' (p. ex. --%(field)s "...").</translation>
        </message>
        <message>
            <source>'%(name)s' is not a record type; use one of: %(types)s.</source>
            <translation>'%(name)s' não é um tipo de registro; use um destes: %(types)s.</translation>
        </message>
        <message>
            <source>'%(field)s' is too large to send to teammates: this change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take (control characters and some scripts take several bytes each); shorten it and try again.</source>
            <translation>'%(field)s' é grande demais para enviar aos colegas de equipe: esta alteração de um item %(type)s ocuparia %(size)s em um pacote, mais que os %(limit)s que uma alteração pode ocupar (caracteres de controle e algumas escritas ocupam vários bytes cada); encurte-o e tente novamente.</translation>
        </message>
        <message>
            <source>This change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take; it cannot be sent to teammates.</source>
            <translation>Esta alteração de um item %(type)s ocuparia %(size)s em um pacote, mais que os %(limit)s que uma alteração pode ocupar; ela não pode ser enviada aos colegas de equipe.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
        </message>
        <message>
            <source>GCEN_PDF_FONT names %(path)s, which is not a font file; fix or unset it.</source>
            <translation>GCEN_PDF_FONT aponta para %(path)s, que não é um arquivo de fonte; corrija ou remova essa variável.</translation>
        </message>
        <message>
            <source>No font covering Chinese, Korean and accented text was found for the PDF; install Noto Sans CJK (Debian/Ubuntu: 'sudo apt install fonts-noto-cjk') or set GCEN_PDF_FONT to a .ttf/.otf/.ttc file, then export again.</source>
            <translation>Nenhuma fonte que cubra chinês, coreano e caracteres acentuados foi encontrada para o PDF; instale a Noto Sans CJK (Debian/Ubuntu: 'sudo apt install fonts-noto-cjk') ou defina GCEN_PDF_FONT com um arquivo .ttf/.otf/.ttc e exporte novamente.</translation>
        </message>
        <message>
            <source>The Word template %(path)s does not exist; pick a .docx file or leave it out.</source>
            <translation>O modelo do Word %(path)s não existe; escolha um arquivo .docx ou deixe-o de fora.</translation>
        </message>
        <message>
            <source>Cannot tell the format of %(name)s; name it with one of the extensions %(extensions)s, or give --format %(formats)s.</source>
            <translation>Não é possível identificar o formato de %(name)s; dê a ele uma das extensões %(extensions)s, ou informe --format %(formats)s.</translation>
        </message>
        <message>
            <source>Cannot read %(path)s: %(reason)s; check the path.</source>
            <translation>Não é possível ler %(path)s: %(reason)s; confira o caminho.</translation>
        </message>
        <message>
            <source>%(name)s is %(size)s MB, more than a reading list can be (%(limit)s MB); export a smaller selection and import that.</source>
            <translation>%(name)s tem %(size)s MB, mais do que uma lista de leituras pode ter (%(limit)s MB); exporte uma seleção menor e importe-a.</translation>
        </message>
        <message>
            <source>%(name)s cannot be read as %(encoding)s (%(reason)s); try another --encoding.</source>
            <translation>%(name)s não pode ser lido como %(encoding)s (%(reason)s); tente outro --encoding.</translation>
        </message>
        <message>
            <source>%(name)s is not UTF-8 text: line %(line)s holds bytes that are not UTF-8; export it again as UTF-8 (Zotero does by default), or name its encoding with --encoding (e.g. cp1252).</source>
            <translation>%(name)s não é texto UTF-8: a linha %(line)s contém bytes que não são UTF-8; exporte-o novamente como UTF-8 (o Zotero faz isso por padrão) ou informe a codificação com --encoding (p. ex. cp1252).</translation>
        </message>
        <message>
            <source>%(name)s is not a text file (binary data on line %(line)s); pick the exported reading list.</source>
            <translation>%(name)s não é um arquivo de texto (dados binários na linha %(line)s); escolha a lista de leituras exportada.</translation>
        </message>
        <message>
            <source>The file holds no readings: no BibTeX entries were found; an entry looks like '@article{key, title = {...}}'.</source>
            <translation>O arquivo não contém leituras: nenhuma entrada BibTeX foi encontrada; uma entrada se parece com '@article{key, title = {...}}'.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation>A importação foi cancelada; nada foi adicionado.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s, column %(column)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>O arquivo não é um JSON válido (linha %(line)s, coluna %(column)s: %(reason)s); exporte o CSL JSON novamente ou corrija esse ponto.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>O arquivo não é um JSON válido (linha %(line)s: %(reason)s); exporte o CSL JSON novamente ou corrija esse ponto.</translation>
        </message>
        <message>
            <source>The JSON file is not CSL-JSON: it should be a list of items with 'type' and 'title'.</source>
            <translation>O arquivo JSON não é CSL-JSON: deveria ser uma lista de itens com 'type' e 'title'.</translation>
        </message>
        <message>
            <source>The file holds no readings: the CSL-JSON list is empty.</source>
            <translation>O arquivo não contém leituras: a lista CSL-JSON está vazia.</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found (line %(line)s is not RIS); a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>O arquivo não contém leituras: nenhum registro RIS foi encontrado (a linha %(line)s não é RIS); um registro RIS começa com 'TY  - ' e termina com 'ER  - '.</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found; a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>O arquivo não contém leituras: nenhum registro RIS foi encontrado; um registro RIS começa com 'TY  - ' e termina com 'ER  - '.</translation>
        </message>
        <message>
            <source>The style file %(path)s could not be read (%(reason)s); fix it or leave it out.</source>
            <translation>Não foi possível ler o arquivo de estilo %(path)s (%(reason)s); corrija-o ou deixe-o de fora.</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist or cannot be read.</source>
            <translation>O arquivo %(path)s não existe ou não pode ser lido.</translation>
        </message>
        <message>
            <source>%(name)s is larger than the %(limit)s a file attached to a record may be (teammates could not receive it); share it another way, or attach a smaller copy.</source>
            <translation>%(name)s é maior que os %(limit)s que um arquivo anexado a um registro pode ter (seus colegas não poderiam recebê-lo); compartilhe-o de outra forma ou anexe uma cópia menor.</translation>
        </message>
        <message>
            <source>Could not store %(name)s: %(reason)s. Free some disk space and try again.</source>
            <translation>Não foi possível guardar %(name)s: %(reason)s. Libere espaço em disco e tente novamente.</translation>
        </message>
        <message>
            <source>The file '%(name)s' has not arrived yet; ask a teammate for a full bundle.</source>
            <translation>O arquivo '%(name)s' ainda não chegou; peça um pacote completo a um colega de equipe.</translation>
        </message>
        <message>
            <source>This export was larger than one bundle may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; your teammate imports each one, and a new teammate joins with the first.</source>
            <translation>Esta exportação era maior do que um único pacote pode ser, por isso foi gravada em %(count)d arquivos (%(size)s no total, de %(first)s a %(last)s): envie todos; seu colega importa cada um, e um colega novo entra na equipe com o primeiro.</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %(records)s; edit that field (or delete the record) and export again.</source>
            <translation>Uma versão que nenhum pacote pode levar (escrita por uma versão anterior do GCEN Desktop) ficou aqui e o restante foi enviado: %(records)s; edite esse campo (ou exclua o item) e exporte novamente.</translation>
        </message>
        <message>
            <source>The bundle file %(file)s is not the file that was previewed (its SHA-256 differs), so nothing was imported; preview it again and look at what it holds now.</source>
            <translation>O arquivo do pacote %(file)s não é o arquivo cuja prévia foi mostrada (o SHA-256 é diferente), por isso nada foi importado; veja a prévia de novo e confira o que ele contém agora.</translation>
        </message>
        <message>
            <source>The bundle file %(file)s, previewed as coming from %(name)s, changed after its preview, so nothing was imported; open it again and look at the new preview.</source>
            <translation>O arquivo do pacote %(file)s, que a pré-visualização mostrou como vindo de %(name)s, mudou depois da pré-visualização, então nada foi importado; abra-o de novo e veja a nova pré-visualização.</translation>
        </message>
        <message>
            <source>'%(mode)s' is not a kind of export; choose team, peer or full.</source>
            <translation>'%(mode)s' não é um tipo de exportação; escolha team, peer ou full.</translation>
        </message>
        <message>
            <source>Choose the teammate to export for.</source>
            <translation>Escolha o colega de equipe para quem exportar.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the bundle.</source>
            <translation>A pasta %(folder)s não existe; escolha outro lugar para o pacote.</translation>
        </message>
        <message>
            <source>There is no file %(path)s; check the name and try again.</source>
            <translation>Não há nenhum arquivo %(path)s; confira o nome e tente novamente.</translation>
        </message>
        <message>
            <source>There is no import to undo: the workspace changed since the last import, or nothing was imported.</source>
            <translation>Não há importação para desfazer: o espaço de trabalho mudou desde a última importação, ou nada foi importado.</translation>
        </message>
        <message>
            <source>The field '%(field)s' of that record has no conflict; 'gcen conflicts' lists them.</source>
            <translation>O campo '%(field)s' desse registro não tem conflito; 'gcen conflicts' lista os conflitos.</translation>
        </message>
        <message>
            <source>Give either a version number to pick or a new value, not both.</source>
            <translation>Informe um número de versão a escolher ou um novo valor, mas não os dois.</translation>
        </message>
        <message>
            <source>That field cannot be set.</source>
            <translation>Esse campo não pode ser definido.</translation>
        </message>
        <message>
            <source>That record has no deletion to settle.</source>
            <translation>Esse registro não tem exclusão a resolver.</translation>
        </message>
        <message>
            <source>For a deletion, pick %(keep)d to keep the record or %(delete)d to delete it.</source>
            <translation>Para uma exclusão, escolha %(keep)d para manter o registro ou %(delete)d para excluí-lo.</translation>
        </message>
        <message>
            <source>Pick a version between 1 and %(count)d.</source>
            <translation>Escolha uma versão entre 1 e %(count)d.</translation>
        </message>
        <message>
            <source>This bundle is from this workspace; import it as usual, not as copies.</source>
            <translation>Este pacote é deste espaço de trabalho; importe-o normalmente, não como cópias.</translation>
        </message>
        <message>
            <source>The workspace changed while the import was starting; import the bundle again.</source>
            <translation>O espaço de trabalho mudou enquanto a importação começava; importe o pacote novamente.</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' in this bundle cannot be copied: %(reason)s Nothing was imported.</source>
            <translation>O item %(type)s '%(title)s' deste pacote não pode ser copiado: %(reason)s Nada foi importado.</translation>
        </message>
        <message>
            <source>No %(what)s has the id '%(id)s'; 'gcen list %(what)s' shows the ids.</source>
            <translation>Nenhum registro do tipo %(what)s tem o id '%(id)s'; 'gcen list %(what)s' mostra os ids.</translation>
        </message>
        <message>
            <source>The %(what)s '%(title)s' is private; set its visibility to team or network to share it.</source>
            <translation>O registro do tipo %(what)s '%(title)s' é privado; mude a visibilidade dele para equipe ou rede para compartilhá-lo.</translation>
        </message>
        <message>
            <source>A %(what)s can be saved as %(allowed)s, not '%(format)s'; pick one of those.</source>
            <translation>Um registro do tipo %(what)s pode ser salvo como %(allowed)s, não como '%(format)s'; escolha um desses formatos.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose an existing folder to save into.</source>
            <translation>A pasta %(folder)s não existe; escolha uma pasta existente para salvar.</translation>
        </message>
        <message>
            <source>Could not write %(name)s: %(reason)s; check the folder is writable and has space.</source>
            <translation>Não foi possível gravar %(name)s: %(reason)s; confira se a pasta permite gravação e tem espaço.</translation>
        </message>
        <message>
            <source>'%(zone)s' is not a time zone; give a name such as Asia/Seoul, Europe/Paris or America/New_York.</source>
            <translation>'%(zone)s' não é um fuso horário; informe um nome como Asia/Seoul, Europe/Paris ou America/New_York.</translation>
        </message>
        <message>
            <source>The symposium '%(title)s' has no start date; set one so the agenda has days.</source>
            <translation>O simpósio '%(title)s' não tem data de início; defina uma para que a programação tenha dias.</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; choose the time zone its times are in.</source>
            <translation>O fuso horário de '%(title)s' não é conhecido pela cidade anfitriã; escolha o fuso horário dos seus horários.</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; import the bundle into it instead.</source>
            <translation>Já existe um espaço de trabalho em %(folder)s; importe o pacote nele.</translation>
        </message>
        <message>
            <source>The bundle file changed after you checked it; choose it again, check who made it, then join.</source>
            <translation>O arquivo do pacote mudou depois que você o verificou; escolha-o de novo, confira quem o fez e então entre.</translation>
        </message>
        <message>
            <source>Enter your name, then join the workspace again.</source>
            <translation>Digite seu nome e entre no espaço de trabalho novamente.</translation>
        </message>
        <message>
            <source>This publication was larger than one file may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; each one is imported on its own.</source>
            <translation>Esta publicação ultrapassava o tamanho de um só arquivo, então foi escrita em %(count)d arquivos (%(size)s no total, de %(first)s a %(last)s): envie todos; cada um é importado sozinho.</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %(records)s; make them smaller (or fewer tags, attachments or parts) and publish again.</source>
            <translation>Nenhuma publicação pode levar estes registros, então eles ficaram aqui e o resto foi publicado: %(records)s; reduza-os (ou suas etiquetas, anexos ou partes) e publique de novo.</translation>
        </message>
        <message>
            <source>The receiving city's name is empty; give it after --for, or leave --for out to publish for the network hub.</source>
            <translation>O nome da cidade destinatária está vazio; informe-o depois de --for, ou omita --for para publicar para o hub da rede.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the publication.</source>
            <translation>A pasta %(folder)s não existe; escolha outro lugar para a publicação.</translation>
        </message>
        <message>
            <source>This publication is this workspace's own; teammates exchange bundles instead.</source>
            <translation>Esta publicação é deste mesmo espaço de trabalho; entre colegas, trocam-se pacotes.</translation>
        </message>
        <message>
            <source>This file mixes up a hub's digest and a city's publication (workspace %(ws)s); it was refused and nothing was changed.</source>
            <translation>Este arquivo confunde o resumo de um hub com a publicação de uma cidade (espaço de trabalho %(ws)s); foi recusado e nada foi alterado.</translation>
        </message>
        <message>
            <source>This receipt names no city (or the hub), so it acknowledges nothing; it was refused and nothing was changed.</source>
            <translation>Este recibo não nomeia nenhuma cidade (ou nomeia o hub), então não confirma nada; foi recusado e nada foi alterado.</translation>
        </message>
        <message>
            <source>This receipt of %(city)s is for another workspace; it was refused and nothing was changed.</source>
            <translation>Este recibo de %(city)s é para outro espaço de trabalho; foi recusado e nada foi alterado.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the receipt.</source>
            <translation>A pasta %(folder)s não existe; escolha outro lugar para o recibo.</translation>
        </message>
        <message>
            <source>The city's name is empty; give the name (or the workspace id) of the city whose publications the receipt is for after --for.</source>
            <translation>O nome da cidade está vazio; informe depois de --for o nome (ou o id do espaço de trabalho) da cidade a cujas publicações o recibo se refere.</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; a receipt is written for a city whose publication was imported here.</source>
            <translation>A biblioteca da rede não tem nada de %(city)s; um recibo é escrito para uma cidade cuja publicação foi importada aqui.</translation>
        </message>
        <message>
            <source>No key you trust for %(city)s signed this publication (key %(fingerprint)s); compare the fingerprint with that city's team, then import it again trusting the key.</source>
            <translation>Nenhuma chave em que você confia para %(city)s assinou esta publicação (chave %(fingerprint)s); compare a impressão digital com a equipe dessa cidade e importe-a de novo confiando na chave.</translation>
        </message>
        <message>
            <source>The network library holds no publication %(rec)s; 'gcen network list' shows them.</source>
            <translation>A biblioteca da rede não contém a publicação %(rec)s; 'gcen network list' as mostra.</translation>
        </message>
        <message>
            <source>Several cities published a record with the id %(rec)s (%(cities)s); name the city with --city.</source>
            <translation>Várias cidades publicaram um registro com o identificador %(rec)s (%(cities)s); indique a cidade com --city.</translation>
        </message>
        <message>
            <source>Only a practice can be adapted in a new plan; this is a %(type)s.</source>
            <translation>Só uma prática pode ser adaptada em um novo plano; isto é um item do tipo %(type)s.</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; 'gcen network list' shows the cities.</source>
            <translation>A biblioteca da rede não contém nada de %(city)s; “gcen network list” mostra as cidades.</translation>
        </message>
        <message>
            <source>This digest has a line that names no city; it was refused and nothing was changed.</source>
            <translation>Este resumo tem uma linha que não nomeia nenhuma cidade; foi recusado e nada foi alterado.</translation>
        </message>
        <message>
            <source>This digest names a workspace as %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed (ask the hub's operator which one is %(city)s).</source>
            <translation>Este resumo apresenta um espaço de trabalho como %(city)s, mas outro espaço de trabalho já publica como %(city)s; ele foi recusado e nada foi alterado (pergunte ao operador do hub qual é %(city)s).</translation>
        </message>
        <message>
            <source>This publication says it is from the workspace %(claimed)s, but the key that signed it speaks for %(city)s; it was refused and nothing was changed.</source>
            <translation>Esta publicação diz vir do espaço de trabalho %(claimed)s, mas a chave que a assinou fala por %(city)s; ela foi recusada e nada foi alterado.</translation>
        </message>
        <message>
            <source>This publication says it is from %(claimed)s, but its workspace publishes as %(city)s; it was refused and nothing was changed.</source>
            <translation>Esta publicação diz vir de %(claimed)s, mas seu espaço de trabalho publica como %(city)s; ela foi recusada e nada foi alterado.</translation>
        </message>
        <message>
            <source>This publication says it is from %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed.</source>
            <translation>Esta publicação diz vir de %(city)s, mas outro espaço de trabalho já publica como %(city)s; ela foi recusada e nada foi alterado.</translation>
        </message>
        <message>
            <source>This publication withdraws a record %(city)s never published here (%(rec)s); it was refused and nothing was changed.</source>
            <translation>Esta publicação retira um item que %(city)s nunca publicou aqui (%(rec)s); ela foi recusada e nada foi alterado.</translation>
        </message>
        <message>
            <source>This publication changes the type of a record it published before (%(rec)s); it was refused and nothing was changed.</source>
            <translation>Esta publicação muda o tipo de um item que publicou antes (%(rec)s); ela foi recusada e nada foi alterado.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only and holds no keys to sign a bundle with; copy it to a folder you can write to, then export from there.</source>
            <translation>O espaço de trabalho em %(folder)s é somente leitura e não tem chaves para assinar um pacote; copie-o para uma pasta em que você possa gravar e exporte a partir dela.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nenhum ainda</translation>
        </message>
        <message>
            <source>No teammate is called '%(name)s' (known: %(known)s); import a bundle from them first, or export --team.</source>
            <translation>Nenhum colega de equipe se chama '%(name)s' (conhecidos: %(known)s); importe primeiro um pacote dele, ou exporte com --team.</translation>
        </message>
        <message>
            <source>Several teammates match '%(name)s'; give the store id shown by 'gcen peers' instead.</source>
            <translation>Vários colegas de equipe correspondem a '%(name)s'; informe o id da cópia mostrado por 'gcen peers'.</translation>
        </message>
        <message>
            <source>%(teammate)s has sent no signed bundle yet; there is no key to trust.</source>
            <translation>%(teammate)s ainda não enviou nenhum pacote assinado; não há chave em que confiar.</translation>
        </message>
        <message>
            <source>There is no plan template '%(key)s'; choose one of: %(templates)s.</source>
            <translation>Não existe o modelo de plano '%(key)s'; escolha um destes: %(templates)s.</translation>
        </message>
        <message>
            <source>The plan ends before it starts; put the end date after the start date.</source>
            <translation>O plano termina antes de começar; coloque a data de término depois da data de início.</translation>
        </message>
        <message>
            <source>Cannot sort by '%(order)s'.</source>
            <translation>Não é possível ordenar por '%(order)s'.</translation>
        </message>
        <message>
            <source>'%(format)s' is not a reading-list format; use %(formats)s.</source>
            <translation>'%(format)s' não é um formato de lista de leituras; use %(formats)s.</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist; check the name and folder.</source>
            <translation>O arquivo %(path)s não existe; confira o nome e a pasta.</translation>
        </message>
        <message>
            <source>%(shown)s and %(more)s more</source>
            <translation>%(shown)s e mais %(more)s</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the 1 good one and leave these out (--skip-bad).</source>
            <translation>%(bad)s de %(total)s registros em %(name)s não puderam ser lidos — %(shown)s; nada foi importado. Corrija-os, ou importe o único registro válido e deixe estes de fora (--skip-bad).</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the %(good)s good ones and leave these out (--skip-bad).</source>
            <translation>%(bad)s de %(total)s registros em %(name)s não puderam ser lidos — %(shown)s; nada foi importado. Corrija-os, ou importe os %(good)s registros válidos e deixe estes de fora (--skip-bad).</translation>
        </message>
        <message>
            <source>No record in %(name)s could be read — %(shown)s; nothing was imported.</source>
            <translation>Nenhum registro de %(name)s pôde ser lido — %(shown)s; nada foi importado.</translation>
        </message>
        <message>
            <source>No symposium has the id '%(id)s'; 'gcen list symposium' shows the ids.</source>
            <translation>Nenhum simpósio tem o id '%(id)s'; 'gcen list symposium' mostra os ids.</translation>
        </message>
        <message>
            <source>No reading has the id '%(id)s'.</source>
            <translation>Nenhuma leitura tem o id '%(id)s'.</translation>
        </message>
        <message>
            <source>This workspace already holds the sample city team; start a new workspace to add it again.</source>
            <translation>Este espaço de trabalho já contém a equipe municipal de exemplo; crie um novo espaço de trabalho para adicioná-la de novo.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; create it or choose another one.</source>
            <translation>A pasta %(folder)s não existe; crie-a ou escolha outra.</translation>
        </message>
        <message>
            <source>Choose a shared folder first.</source>
            <translation>Escolha primeiro uma pasta compartilhada.</translation>
        </message>
        <message>
            <source>The shared folder %(folder)s cannot be found; is the drive connected?</source>
            <translation>A pasta compartilhada %(folder)s não foi encontrada; a unidade está conectada?</translation>
        </message>
        <message>
            <source>The workspace itself cannot be deleted.</source>
            <translation>O próprio espaço de trabalho não pode ser excluído.</translation>
        </message>
        <message>
            <source>That record could not be brought back from the trash; run 'gcen check' and tell the GCEN Desktop team if it reports a problem.</source>
            <translation>Não foi possível tirar esse registro da lixeira; execute 'gcen check' e avise a equipe do GCEN Desktop se ele relatar um problema.</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'.</source>
            <translation>Nenhum registro tem o id '%(id)s'.</translation>
        </message>
        <message>
            <source>That record is not deleted; there is nothing to restore.</source>
            <translation>Esse registro não está excluído; não há nada a restaurar.</translation>
        </message>
        <message>
            <source>Its %(type)s '%(title)s' is in the trash; restore that first.</source>
            <translation>O registro ao qual ele pertence (do tipo %(type)s, '%(title)s') está na lixeira; restaure-o primeiro.</translation>
        </message>
        <message>
            <source>'%(title)s' is not in the trash; delete it first.</source>
            <translation>'%(title)s' não está na lixeira; exclua-o primeiro.</translation>
        </message>
        <message>
            <source>That record has no deletion to dismiss.</source>
            <translation>Esse registro não tem exclusão a descartar.</translation>
        </message>
        <message>
            <source>%(path)s is inside the workspace folder %(folder)s, whose files are the workspace's own; nothing was written, so give a file name in another folder.</source>
            <translation>%(path)s está dentro da pasta do espaço de trabalho %(folder)s, cujos arquivos são do próprio espaço de trabalho; nada foi gravado, então dê um nome de arquivo em outra pasta.</translation>
        </message>
        <message>
            <source>Joining the workspace in %(folder)s was interrupted, so what is there is incomplete; join the workspace again into this folder from the bundle (what the interrupted join wrote is replaced), or choose another folder.</source>
            <translation>A entrada no espaço de trabalho em %(folder)s foi interrompida, então o que está lá está incompleto; entre novamente no espaço de trabalho nesta pasta a partir do pacote (o que a entrada interrompida gravou é substituído) ou escolha outra pasta.</translation>
        </message>
        <message>
            <source>The folder %(folder)s holds an unfinished workspace; run 'gcen init' there again.</source>
            <translation>A pasta %(folder)s contém um espaço de trabalho inacabado; execute 'gcen init' nela novamente.</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; open it or pick another folder.</source>
            <translation>Já existe um espaço de trabalho em %(folder)s; abra-o ou escolha outra pasta.</translation>
        </message>
        <message>
            <source>A %(type)s is not created directly.</source>
            <translation>Um registro do tipo %(type)s não é criado diretamente.</translation>
        </message>
        <message>
            <source>The workspace needs a name.</source>
            <translation>O espaço de trabalho precisa de um nome.</translation>
        </message>
        <message>
            <source>'%(kind)s' links go from %(start)s to %(to)s, not from %(first)s to %(second)s; check the order and the ids.</source>
            <translation>Os vínculos '%(kind)s' vão de %(start)s para %(to)s, não de %(first)s para %(second)s; confira a ordem e os ids.</translation>
        </message>
        <message>
            <source>any record</source>
            <translation>qualquer registro</translation>
        </message>
        <message>
            <source>Choose who you are first (Preferences, or 'gcen init --member NAME').</source>
            <translation>Escolha primeiro quem você é (Preferências, ou 'gcen init --member NAME').</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'; 'gcen list TYPE' shows the ids.</source>
            <translation>Nenhum registro tem o id '%(id)s'; 'gcen list TYPE' mostra os ids.</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' is in the trash; restore it first.</source>
            <translation>O registro do tipo %(type)s '%(title)s' está na lixeira; restaure-o primeiro.</translation>
        </message>
        <message>
            <source>No %(type)s has the id '%(id)s'.</source>
            <translation>Nenhum registro do tipo %(type)s tem o id '%(id)s'.</translation>
        </message>
        <message>
            <source>'%(id)s' is a %(type)s, not a %(wanted)s.</source>
            <translation>'%(id)s' é do tipo %(type)s, não %(wanted)s.</translation>
        </message>
        <message>
            <source>'%(field)s' names no existing record ('%(value)s').</source>
            <translation>'%(field)s' não indica nenhum registro existente ('%(value)s').</translation>
        </message>
        <message>
            <source>'%(field)s' must be a %(types)s, but '%(value)s' is a %(type)s.</source>
            <translation>'%(field)s' deve ser do tipo %(types)s, mas '%(value)s' é do tipo %(type)s.</translation>
        </message>
        <message>
            <source>A tag cannot be empty.</source>
            <translation>Uma etiqueta não pode ficar vazia.</translation>
        </message>
        <message>
            <source>The tag '%(tag)s…' is longer than %(limit)d characters; use a shorter one.</source>
            <translation>A etiqueta “%(tag)s…” tem mais de %(limit)d caracteres; use uma mais curta.</translation>
        </message>
        <message>
            <source>The tag '%(tag)s' holds a character other teammates' stores cannot keep (a NUL, or a lone surrogate from a broken paste); type it again.</source>
            <translation>A etiqueta '%(tag)s' contém um caractere que as cópias dos outros colegas não podem guardar (um NUL, ou um substituto isolado de uma colagem com defeito); digite-a de novo.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(reason)s), so nothing was changed; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>O espaço de trabalho em %(folder)s está danificado (%(reason)s), então nada foi alterado; execute 'gcen check' para ver o que está errado e depois restaure a pasta do espaço de trabalho a partir de um backup ou entre novamente no espaço de trabalho a partir do pacote completo de um colega de equipe.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so it takes no changes; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>O espaço de trabalho em %(folder)s está danificado, então não aceita alterações; execute 'gcen check' para ver o que está errado e depois restaure a pasta do espaço de trabalho a partir de um backup ou entre novamente no espaço de trabalho a partir do pacote completo de um colega de equipe.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so no bundle was written; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>O espaço de trabalho em %(folder)s está danificado, então nenhum pacote foi gravado; execute 'gcen check' para ver o que está errado e depois restaure a pasta do espaço de trabalho a partir de um backup ou entre novamente no espaço de trabalho a partir do pacote completo de um colega de equipe.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(count)d stored changes no longer match their fingerprint), so no bundle was written; run 'gcen check', then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>O espaço de trabalho em %(folder)s está danificado (%(count)d alterações armazenadas não correspondem mais à sua impressão digital), então nenhum pacote foi gravado; execute 'gcen check' e depois restaure a pasta do espaço de trabalho a partir de um backup ou entre novamente no espaço de trabalho a partir do pacote completo de um colega de equipe.</translation>
        </message>
        <message>
            <source>The bundle says record %(id)s is a %(other)s, but it is a %(known)s: the file is damaged or forged, so nothing was imported. Ask your teammate for a new bundle.</source>
            <translation>O pacote diz que o registro %(id)s é do tipo %(other)s, mas ele é do tipo %(known)s: o arquivo está danificado ou foi falsificado, então nada foi importado. Peça um novo pacote ao seu colega de equipe.</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s; create one with 'gcen init --name NAME' or pick another folder with --workspace.</source>
            <translation>Não há espaço de trabalho em %(folder)s; crie um com 'gcen init --name NAME' ou escolha outra pasta com --workspace.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was made by an older version and cannot be brought up to date because the folder is read-only; copy it to a folder you can write to and open it there.</source>
            <translation>O espaço de trabalho em %(folder)s foi criado por uma versão mais antiga e não pode ser atualizado porque a pasta é somente leitura; copie-o para uma pasta em que você possa gravar e abra-o lá.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace in %(folder)s, so nothing was changed; free some space, then try again.</source>
            <translation>Não há espaço livre suficiente no disco do espaço de trabalho em %(folder)s, então nada foi alterado; libere espaço e tente novamente.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was brought up to date by a newer version of GCEN Desktop, which this version cannot read; update GCEN Desktop, then open it again.</source>
            <translation>O espaço de trabalho em %(folder)s foi atualizado por uma versão mais recente do GCEN Desktop, que esta versão não consegue ler; atualize o GCEN Desktop e abra-o novamente.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only (a backup copy, or a folder you may not change), so it can be read but not changed; copy it to a folder you can write to, or open your own workspace.</source>
            <translation>O espaço de trabalho em %(folder)s é somente leitura (uma cópia de backup ou uma pasta que você não pode alterar), então pode ser lido, mas não alterado; copie-o para uma pasta em que você possa gravar ou abra o seu próprio espaço de trabalho.</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, but it says it comes from %(name)s's store, whose bundles are signed by another key, so it was refused; if %(name)s moved to a new computer, a bundle made there comes from a new store and is accepted once you trust its key.</source>
            <translation>Este pacote está assinado pela chave %(fingerprint)s%(signer)s, mas diz vir da cópia de %(name)s, cujos pacotes são assinados por outra chave, então foi recusado; se %(name)s mudou de computador, um pacote feito lá vem de uma cópia nova e é aceito quando você confiar na chave dela.</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, which speaks for another store, but it says it comes from %(name)s's store, so it was refused; %(name)s's own bundles are accepted once you trust their key.</source>
            <translation>Este pacote está assinado pela chave %(fingerprint)s%(signer)s, que fala por outra cópia, mas diz vir da cópia de %(name)s, por isso foi recusado; os pacotes da própria %(name)s serão aceitos depois que você confiar na chave dela.</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace '%(name)s', not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>Este pacote pertence a outro espaço de trabalho, '%(name)s', não a este; abra aquele espaço de trabalho (ou ingresse nele a partir de uma pasta vazia) para importá-lo, ou importe os registros dele como cópias.</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace, not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>Este pacote pertence a outro espaço de trabalho, não a este; abra aquele espaço de trabalho (ou ingresse nele a partir de uma pasta vazia) para importá-lo, ou importe os registros dele como cópias.</translation>
        </message>
        <message>
            <source>This bundle holds changes made by a copy of a store that reuses another store's identity (a copied or restored workspace folder), so it was refused; ask the sender to export a new full bundle after opening their workspace in GCEN Desktop once more.</source>
            <translation>Este pacote contém alterações feitas por uma cópia do espaço de trabalho que reutiliza a identidade de outra cópia (uma pasta de espaço de trabalho copiada ou restaurada), então foi recusado; peça ao remetente que exporte um novo pacote completo depois de abrir o espaço de trabalho dele no GCEN Desktop mais uma vez.</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, claims changes of this very workspace copy that it never made, and no key you trust signed it, so it was refused as forged or damaged; ask %(name)s for a bundle signed with their key.</source>
            <translation>Este pacote, que diz vir de %(name)s, afirma trazer alterações desta mesma cópia do espaço de trabalho que ela nunca fez, e nenhuma chave em que você confia o assinou, então foi recusado como falsificado ou danificado; peça a %(name)s um pacote assinado com a chave dele.</translation>
        </message>
        <message>
            <source>This bundle is signed by a key this store does not trust yet (%(fingerprint)s); look at the preview, then import it once without trusting the key, or check the fingerprint with the sender and trust it.</source>
            <translation>Este pacote está assinado por uma chave em que esta cópia do espaço de trabalho ainda não confia (%(fingerprint)s); veja a pré-visualização e depois importe-o uma vez sem confiar na chave, ou confira a impressão digital com o remetente e confie nela.</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, is not signed, so nothing shows who made it; look at the preview, then import it once if you know where it came from.</source>
            <translation>Este pacote, que diz vir de %(name)s, não está assinado, então nada mostra quem o fez; veja a pré-visualização e depois importe-o uma vez se souber de onde ele veio.</translation>
        </message>
        <message>
            <source>This encrypted bundle's header is damaged; copy the file again or ask the sender for a new one.</source>
            <translation>O cabeçalho deste pacote criptografado está danificado; copie o arquivo novamente ou peça um novo ao remetente.</translation>
        </message>
        <message>
            <source>This encrypted bundle is damaged or incomplete (it does not decrypt); copy the file again or ask the sender for a new one.</source>
            <translation>Este pacote criptografado está danificado ou incompleto (não é possível descriptografá-lo); copie o arquivo novamente ou peça um novo ao remetente.</translation>
        </message>
        <message>
            <source>The passphrase is empty; type a passphrase, or export without one.</source>
            <translation>A frase secreta está vazia; digite uma frase secreta, ou exporte sem ela.</translation>
        </message>
        <message>
            <source>This bundle would be %(size)s, more than the %(limit)s a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>Este pacote teria %(size)s, mais do que os %(limit)s que um pacote pode ter; exporte para um único colega de equipe em vez de um pacote completo.</translation>
        </message>
        <message>
            <source>The bundle could not be written (%(reason)s); check that the destination has free space and is writable, then export again.</source>
            <translation>Não foi possível gravar o pacote (%(reason)s); confira se o destino tem espaço livre e permite gravação, e exporte novamente.</translation>
        </message>
        <message>
            <source>The file name %(name)s is too long for this folder (a bundle's name may have %(most)d bytes here); give a shorter name, then export again.</source>
            <translation>O nome de arquivo %(name)s é longo demais para esta pasta (o nome de um pacote pode ter %(most)d bytes aqui); dê um nome mais curto e exporte novamente.</translation>
        </message>
        <message>
            <source>'%(key)s' is not a teammate's public key (it starts with age1); check the key and export again.</source>
            <translation>'%(key)s' não é a chave pública de um colega de equipe (ela começa com age1); confira a chave e exporte novamente.</translation>
        </message>
        <message>
            <source>The bundle read back from the destination differs from what was written, so it was removed; try another USB stick or folder.</source>
            <translation>O pacote lido de volta do destino difere do que foi gravado, então foi removido; tente outro pen drive ou outra pasta.</translation>
        </message>
        <message>
            <source>This bundle would be larger than a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>Este pacote seria maior do que um pacote pode ser; exporte para um único colega de equipe em vez de um pacote completo.</translation>
        </message>
        <message>
            <source>This bundle would hold %(count)d attachments, more than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>Este pacote teria %(count)d anexos, mais do que um pacote pode ter; exporte para um único colega de equipe em vez de um pacote completo.</translation>
        </message>
        <message>
            <source>This bundle would carry more changes than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>Este pacote traria mais alterações do que um pacote pode trazer; exporte para um único colega de equipe em vez de um pacote completo.</translation>
        </message>
        <message>
            <source>The change to record %(id)s is larger than a bundle may carry (%(size)s); shorten that record and export again.</source>
            <translation>A alteração do registro %(id)s é maior do que um pacote pode trazer (%(size)s); encurte esse registro e exporte novamente.</translation>
        </message>
        <message>
            <source>The attachment %(name)s is larger than the %(limit)s a bundle may carry; share it another way.</source>
            <translation>O anexo %(name)s é maior que os %(limit)s que um pacote pode trazer; compartilhe-o de outra forma.</translation>
        </message>
        <message>
            <source>The attachment file %(name)s no longer matches its recorded content (it was changed or damaged on disk); restore it or remove the attachment, then export again.</source>
            <translation>O arquivo anexo %(name)s não corresponde mais ao conteúdo registrado (foi alterado ou danificado no disco); restaure-o ou remova o anexo, e exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle's description would be larger than a bundle allows; export for one teammate instead of a full bundle.</source>
            <translation>A descrição deste pacote seria maior do que um pacote permite; exporte para um único colega de equipe em vez de um pacote completo.</translation>
        </message>
        <message>
            <source>The bundle did not read back as written; check the disk and export again.</source>
            <translation>O pacote lido de volta não corresponde ao que foi gravado; confira o disco e exporte novamente.</translation>
        </message>
        <message>
            <source>This encrypted bundle has an oversized header, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este pacote criptografado tem um cabeçalho grande demais, então foi recusado; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This bundle is wrapped in more layers of encryption than bundles ever use, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este pacote está envolto em mais camadas de criptografia do que um pacote jamais usa, então foi recusado; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This bundle is encrypted in a way GCEN Desktop does not use (no teammate key, no passphrase); ask the sender to export it again.</source>
            <translation>Este pacote está criptografado de um jeito que o GCEN Desktop não usa (sem chave de colega, sem frase secreta); peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle's passphrase protection asks for far more computing work (2^%(work)s) than GCEN Desktop spends, so it was refused; ask the sender to export it again.</source>
            <translation>A proteção por frase secreta deste pacote exige muito mais trabalho de computação (2^%(work)s) do que o GCEN Desktop dedica, então foi recusado; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>The identity given is not an age secret key (it starts with AGE-SECRET-KEY-1); check the identity file and try again.</source>
            <translation>A identidade informada não é uma chave secreta age (ela começa com AGE-SECRET-KEY-1); confira o arquivo de identidade e tente novamente.</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a regular file; nothing was written, so give a file name in it.</source>
            <translation>%(path)s é uma pasta, não um arquivo comum; nada foi gravado, então informe um nome de arquivo dentro dela.</translation>
        </message>
        <message>
            <source>%(path)s is not a regular file (a device or a pipe); nothing was written there, so give a file name instead.</source>
            <translation>%(path)s não é um arquivo comum (um dispositivo ou um pipe); nada foi gravado nele, então informe um nome de arquivo.</translation>
        </message>
        <message>
            <source>This bundle file cannot be used; ask the sender for a new one.</source>
            <translation>Este arquivo de pacote não pode ser usado; peça um novo ao remetente.</translation>
        </message>
        <message>
            <source>This bundle file is incomplete (it was cut short, perhaps while copying); copy it again or ask the sender for a new one.</source>
            <translation>Este arquivo de pacote está incompleto (foi cortado, talvez durante a cópia); copie-o novamente ou peça um novo ao remetente.</translation>
        </message>
        <message>
            <source>This file is not a GCEN bundle; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>Este arquivo não é um pacote GCEN; escolha um arquivo .gcen exportado pelo GCEN Desktop.</translation>
        </message>
        <message>
            <source>This bundle is larger than GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Este pacote é maior do que o GCEN Desktop aceita; peça ao remetente que exporte só para você em vez de um pacote completo.</translation>
        </message>
        <message>
            <source>This bundle file is built in a way that could harm your computer and was refused; do not open it, and tell the sender.</source>
            <translation>Este arquivo de pacote foi montado de um jeito que pode prejudicar seu computador e foi recusado; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This bundle file is damaged; ask the sender to export it again.</source>
            <translation>Este arquivo de pacote está danificado; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle's signature does not match its contents, so it may have been altered; do not import it, and ask the sender to export it again.</source>
            <translation>A assinatura deste pacote não corresponde ao conteúdo, então ele pode ter sido alterado; não o importe e peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>The passphrase does not unlock this bundle; check it with the sender and try again.</source>
            <translation>A frase secreta não desbloqueia este pacote; confira-a com o remetente e tente novamente.</translation>
        </message>
        <message>
            <source>This bundle is protected by a passphrase; enter the passphrase the sender gave you.</source>
            <translation>Este pacote é protegido por uma frase secreta; digite a frase secreta que o remetente lhe deu.</translation>
        </message>
        <message>
            <source>This bundle is encrypted for other teammates' keys, not yours; ask the sender to export it again for you.</source>
            <translation>Este pacote está criptografado para as chaves de outros colegas de equipe, não para a sua; peça ao remetente que o exporte novamente para você.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>Este pacote foi criado por uma versão mais nova do GCEN Desktop; atualize o GCEN Desktop e importe-o novamente.</translation>
        </message>
        <message>
            <source>This bundle uses a feature this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>Este pacote usa um recurso que esta versão do GCEN Desktop não conhece; atualize o GCEN Desktop e importe-o novamente.</translation>
        </message>
        <message>
            <source>Cancelled; no bundle file was written.</source>
            <translation>Cancelado; nenhum arquivo de pacote foi gravado.</translation>
        </message>
        <message>
            <source>The bundle could not be written; check that the destination has free space and is writable, then export again.</source>
            <translation>Não foi possível gravar o pacote; confira se o destino tem espaço livre e permite gravação, e exporte novamente.</translation>
        </message>
        <message>
            <source>The workspace changed while the bundle was read; import the bundle again.</source>
            <translation>O espaço de trabalho mudou enquanto o pacote era lido; importe o pacote novamente.</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Importação cancelada; nada foi alterado.</translation>
        </message>
        <message>
            <source>This bundle from %(name)s deletes %(count)s records, so it was not imported automatically; open it with Import to look at the preview first.</source>
            <translation>Este pacote de %(name)s exclui %(count)s registros, então não foi importado automaticamente; abra-o com Importar para ver a pré-visualização primeiro.</translation>
        </message>
        <message>
            <source>The key files in %(folder)s are damaged; restore them from a backup, or move them away so that new keys are made (teammates will then have to trust the new key).</source>
            <translation>Os arquivos de chaves em %(folder)s estão danificados; restaure-os de um backup, ou mova-os para outro lugar para que novas chaves sejam criadas (os colegas de equipe terão então de confiar na nova chave).</translation>
        </message>
        <message>
            <source>This publication is not signed, so nobody can tell which city made it; ask that city to publish again from GCEN Desktop.</source>
            <translation>Esta publicação não está assinada, então ninguém sabe qual cidade a fez; peça a essa cidade que publique de novo pelo GCEN Desktop.</translation>
        </message>
        <message>
            <source>This publication carries a record its city kept to its team or private, so it was refused and nothing was changed; tell that city.</source>
            <translation>Esta publicação contém um item que sua cidade manteve para a equipe ou como privado, então foi recusada e nada foi alterado; avise essa cidade.</translation>
        </message>
        <message>
            <source>The file could not be read (%(reason)s); check it and try again.</source>
            <translation>Não foi possível ler o arquivo (%(reason)s); verifique-o e tente de novo.</translation>
        </message>
        <message>
            <source>This publication could not be checked, so it was refused; ask the city that made it to publish again.</source>
            <translation>Não foi possível verificar esta publicação, então ela foi recusada; peça à cidade que a fez que publique de novo.</translation>
        </message>
        <message>
            <source>This file is not a network publication; a teammate's bundle is imported with 'gcen import'.</source>
            <translation>Este arquivo não é uma publicação da rede; o pacote de um colega é importado com 'gcen import'.</translation>
        </message>
        <message>
            <source>This publication gives no format version this program knows; ask the city that made it to publish again.</source>
            <translation>Esta publicação não informa nenhuma versão de formato que este programa conheça; peça à cidade que a fez que publique de novo.</translation>
        </message>
        <message>
            <source>This publication uses format %(format)s, made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>Esta publicação usa o formato %(format)s, de uma versão mais nova do GCEN Desktop; atualize o GCEN Desktop e importe-a de novo.</translation>
        </message>
        <message>
            <source>This publication needs features this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>Esta publicação precisa de recursos que esta versão do GCEN Desktop não conhece; atualize o GCEN Desktop e importe-a de novo.</translation>
        </message>
        <message>
            <source>This publication was made by a newer GCEN Desktop (format %(format)s) and holds what this version cannot read; update GCEN Desktop and import it again.</source>
            <translation>Esta publicação foi feita por uma versão mais recente do GCEN Desktop (formato %(format)s) e contém o que esta versão não consegue ler; atualize o GCEN Desktop e importe-a novamente.</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged; ask the city that made it to publish again.</source>
            <translation>A descrição (manifesto) desta publicação está danificada; peça à cidade que a fez que publique de novo.</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>A descrição (manifesto) desta publicação está danificada (%(detail)s); peça à cidade que a fez que publique de novo.</translation>
        </message>
        <message>
            <source>a text holds a NUL character.</source>
            <translation>um texto contém um caractere NUL.</translation>
        </message>
        <message>
            <source>Line %(line)d of this publication is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>A linha %(line)d desta publicação está danificada (%(detail)s); peça à cidade que a fez que publique de novo.</translation>
        </message>
        <message>
            <source>This publication holds records of a kind this version of GCEN Desktop does not know (%(type)s); update GCEN Desktop and import it again.</source>
            <translation>Esta publicação contém registros de um tipo que esta versão do GCEN Desktop não conhece (%(type)s); atualize o GCEN Desktop e importe-a novamente.</translation>
        </message>
        <message>
            <source>This publication names a record of type %(type)s, which cities do not publish; ask the city that made it to publish again.</source>
            <translation>Esta publicação contém um item do tipo %(type)s, que as cidades não publicam; peça à cidade que a fez que publique de novo.</translation>
        </message>
        <message>
            <source>This publication holds a choice this version of GCEN Desktop does not know (%(value)s, for %(field)s); update GCEN Desktop and import it again.</source>
            <translation>Esta publicação contém uma opção que esta versão do GCEN Desktop não conhece (%(value)s, para %(field)s); atualize o GCEN Desktop e importe-a novamente.</translation>
        </message>
        <message>
            <source>'%(field)s' is not a name.</source>
            <translation>'%(field)s' não é um nome.</translation>
        </message>
        <message>
            <source>a name is too long or holds a NUL character.</source>
            <translation>um nome é longo demais ou contém um caractere NUL.</translation>
        </message>
        <message>
            <source>This bundle file could not be checked, so it was refused; ask the sender to export it again.</source>
            <translation>Não foi possível verificar este arquivo de pacote, então ele foi recusado; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>The bundle could not be read (%(reason)s); check the file and try again.</source>
            <translation>Não foi possível ler o pacote (%(reason)s); confira o arquivo e tente novamente.</translation>
        </message>
        <message>
            <source>There is not enough free disk space to check this bundle; free some disk space and import it again.</source>
            <translation>Não há espaço livre em disco suficiente para verificar este pacote; libere espaço em disco e importe-o novamente.</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a bundle file; choose a .gcen file.</source>
            <translation>%(path)s é uma pasta, não um arquivo de pacote; escolha um arquivo .gcen.</translation>
        </message>
        <message>
            <source>This bundle file is empty; copy it again or ask the sender for a new one.</source>
            <translation>Este arquivo de pacote está vazio; copie-o novamente ou peça um novo ao remetente.</translation>
        </message>
        <message>
            <source>The file %(path)s cannot be read (%(reason)s); check it and try again.</source>
            <translation>Não é possível ler o arquivo %(path)s (%(reason)s); confira-o e tente novamente.</translation>
        </message>
        <message>
            <source>This bundle file is larger than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Este arquivo de pacote é maior que os %(limit)s que o GCEN Desktop aceita; peça ao remetente que exporte só para você em vez de um pacote completo.</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is damaged: %(detail)s; ask the sender to export it again.</source>
            <translation>A descrição (manifesto) deste pacote está danificada: %(detail)s; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>it %(problem)s</source>
            <translation>%(problem)s</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: its description (manifest) holds %(field)s, which this version does not know; update GCEN Desktop and import it again.</source>
            <translation>Este pacote foi feito por uma versão mais recente do GCEN Desktop: sua descrição (manifesto) contém %(field)s, que esta versão não conhece; atualize o GCEN Desktop e importe-o novamente.</translation>
        </message>
        <message>
            <source>it gives no format version this program knows</source>
            <translation>não indica nenhuma versão de formato que este programa conheça</translation>
        </message>
        <message>
            <source>one that reads bundle format %(major)s</source>
            <translation>uma que leia o formato de pacote %(major)s</translation>
        </message>
        <message>
            <source>This bundle uses format %(format)s, made by a newer GCEN Desktop; it needs version &gt;= %(needed)s: update GCEN Desktop and import it again.</source>
            <translation>Este pacote usa o formato %(format)s, criado por uma versão mais nova do GCEN Desktop; ele precisa da versão &gt;= %(needed)s: atualize o GCEN Desktop e importe-o novamente.</translation>
        </message>
        <message>
            <source>its required features are not a list of names</source>
            <translation>os recursos exigidos não são uma lista de nomes</translation>
        </message>
        <message>
            <source>This bundle needs features this version of GCEN Desktop does not know (%(features)s); update GCEN Desktop and import it again.</source>
            <translation>Este pacote precisa de recursos que esta versão do GCEN Desktop não conhece (%(features)s); atualize o GCEN Desktop e importe-o novamente.</translation>
        </message>
        <message>
            <source>This bundle holds files its description (manifest) does not list; ask the sender to export it again.</source>
            <translation>Este pacote contém arquivos que a descrição (manifesto) dele não lista; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle is missing files its description (manifest) lists; ask the sender to export it again.</source>
            <translation>Faltam neste pacote arquivos que a descrição (manifesto) dele lista; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>The file %(name)s in this bundle does not have the size its description (manifest) gives; ask the sender to export it again.</source>
            <translation>O arquivo %(name)s deste pacote não tem o tamanho que a descrição (manifesto) informa; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle carries %(count)d changes, more than the %(limit)d a bundle may carry; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Este pacote traz %(count)d alterações, mais do que as %(limit)d que um pacote pode trazer; peça ao remetente que exporte só para você em vez de um pacote completo.</translation>
        </message>
        <message>
            <source>An attachment in this bundle does not have the content its name promises; ask the sender to export it again.</source>
            <translation>Um anexo deste pacote não tem o conteúdo que o nome promete; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle is longer than the %(limit)s a line may be; ask the sender to export it again.</source>
            <translation>A alteração %(n)d deste pacote é maior que os %(limit)s que uma linha pode ter; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle %(problem)s; ask the sender to export it again.</source>
            <translation>A alteração %(n)d deste pacote %(problem)s; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: change %(n)d in it is of a kind this version does not know (%(op)s); update GCEN Desktop and import it again.</source>
            <translation>Este pacote foi feito por uma versão mais recente do GCEN Desktop: sua alteração %(n)d é de um tipo que esta versão não conhece (%(op)s); atualize o GCEN Desktop e importe-o novamente.</translation>
        </message>
        <message>
            <source>is not valid (%(reason)s)</source>
            <translation>não é válida (%(reason)s)</translation>
        </message>
        <message>
            <source>does not match its own hash (h), so it was altered or damaged</source>
            <translation>não corresponde ao próprio hash (h), então foi alterada ou danificada</translation>
        </message>
        <message>
            <source>has a '%(field)s' that contains a NUL character, which other teammates' stores cannot hold</source>
            <translation>tem um campo '%(field)s' que contém um caractere NUL, que as cópias dos colegas de equipe não podem guardar</translation>
        </message>
        <message>
            <source>names a version made by a store whose id is not one</source>
            <translation>indica uma versão criada por um repositório cujo identificador não é válido</translation>
        </message>
        <message>
            <source>names the store that made it with an id that is not one</source>
            <translation>indica o repositório que a criou com um identificador que não é válido</translation>
        </message>
        <message>
            <source>has a time (hlc) that is not in the form every store writes</source>
            <translation>tem um horário (hlc) que não está no formato que todo repositório escreve</translation>
        </message>
        <message>
            <source>is about a record whose id is not one (a UUID)</source>
            <translation>trata de um registro cujo identificador não é válido (um UUID)</translation>
        </message>
        <message>
            <source>has a hash (h) that is not a SHA-256</source>
            <translation>tem um hash (h) que não é um SHA-256</translation>
        </message>
        <message>
            <source>is about a record type %(type)s that is not a name</source>
            <translation>trata de um tipo de registro %(type)s que não é um nome</translation>
        </message>
        <message>
            <source>is an edit without fields, or with a deletion's fields</source>
            <translation>é uma edição sem campos, ou com os campos de uma exclusão</translation>
        </message>
        <message>
            <source>is a deletion without the versions it saw, or with an edit's fields</source>
            <translation>é uma exclusão sem as versões que viu, ou com os campos de uma edição</translation>
        </message>
        <message>
            <source>names a field %(field)s that a %(type)s does not have</source>
            <translation>nomeia um campo %(field)s que um registro do tipo %(type)s não tem</translation>
        </message>
        <message>
            <source>sets a field %(field)s that is not a name</source>
            <translation>define um campo %(field)s que não é um nome</translation>
        </message>
        <message>
            <source>has a '%(field)s' longer than %(limit)d characters</source>
            <translation>tem um campo '%(field)s' com mais de %(limit)d caracteres</translation>
        </message>
        <message>
            <source>gives '%(field)s' a value of the wrong kind</source>
            <translation>dá a '%(field)s' um valor do tipo errado</translation>
        </message>
        <message>
            <source>has an empty '%(field)s', which a %(type)s must have</source>
            <translation>tem vazio o campo '%(field)s', que um registro do tipo %(type)s precisa ter</translation>
        </message>
        <message>
            <source>has a bad value: %(reason)s</source>
            <translation>tem um valor inválido: %(reason)s</translation>
        </message>
        <message>
            <source>holds a number that is not a number (NaN or Infinity)</source>
            <translation>contém um número que não é um número (NaN ou Infinity)</translation>
        </message>
        <message>
            <source>holds text that is not valid JSON (%(error)s)</source>
            <translation>contém texto que não é JSON válido (%(error)s)</translation>
        </message>
        <message>
            <source>holds text that is not valid Unicode (a lone surrogate)</source>
            <translation>contém texto que não é Unicode válido (um substituto isolado)</translation>
        </message>
        <message>
            <source>This bundle's list of changes does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>A lista de alterações deste pacote não corresponde à impressão digital (SHA-256) da descrição, então foi alterada ou danificada; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle's attachment %(attachment)s… does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>O anexo %(attachment)s… deste pacote não corresponde à impressão digital (SHA-256) da descrição, então foi alterado ou danificado; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle's list of changes ends in the middle of a line; ask the sender to export it again.</source>
            <translation>A lista de alterações deste pacote termina no meio de uma linha; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle carries more changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>Este pacote traz mais alterações do que a descrição informa (%(expected)d); peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle carries fewer changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>Este pacote traz menos alterações do que a descrição informa (%(expected)d); peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the copy that lets you undo this import, so nothing was imported; free some space on the disk of the workspace (it needs about %(size)s), then import again.</source>
            <translation>Não há espaço livre suficiente (ou o disco falhou) para guardar a cópia que permite desfazer esta importação, então nada foi importado; libere espaço no disco do espaço de trabalho (são necessários cerca de %(size)s) e importe novamente.</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the record that lets you undo this import, so nothing was imported; free some space on the disk of the workspace, then import again.</source>
            <translation>Não há espaço livre suficiente (ou o disco falhou) para guardar o registro que permite desfazer esta importação, então nada foi importado; libere espaço no disco do espaço de trabalho e importe novamente.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace to undo the import, so nothing was changed; free some space (about %(size)s), then undo it again.</source>
            <translation>Não há espaço livre suficiente no disco do espaço de trabalho para desfazer a importação, então nada foi alterado; libere espaço (cerca de %(size)s) e desfaça-a novamente.</translation>
        </message>
        <message>
            <source>Another program is changing the workspace, so the import was not undone; close it (or wait for it to finish), then undo the import again.</source>
            <translation>Outro programa está alterando o espaço de trabalho, então a importação não foi desfeita; feche-o (ou espere que termine) e desfaça a importação novamente.</translation>
        </message>
        <message>
            <source>GCEN Desktop could not start the process that reads the bundle; try again, and restart GCEN Desktop if it happens again.</source>
            <translation>O GCEN Desktop não conseguiu iniciar o processo que lê o pacote; tente novamente e reinicie o GCEN Desktop se isso acontecer de novo.</translation>
        </message>
        <message>
            <source>The bundle could not be read to the end (the reading process stopped); import it again, and if that fails ask the sender to export it again.</source>
            <translation>Não foi possível ler o pacote até o fim (o processo de leitura parou); importe-o novamente e, se falhar, peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This file is a kind of ZIP archive that GCEN Desktop never writes; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>Este arquivo é um tipo de arquivo ZIP que o GCEN Desktop nunca grava; escolha um arquivo .gcen exportado pelo GCEN Desktop.</translation>
        </message>
        <message>
            <source>This file is a multi-part ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>Este arquivo é um arquivo ZIP em várias partes, não um pacote GCEN; escolha um arquivo .gcen.</translation>
        </message>
        <message>
            <source>This bundle file has extra bytes after its end; ask the sender to export it again.</source>
            <translation>Este arquivo de pacote tem bytes a mais depois do fim; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle's table of contents is not where it should be; ask the sender to export it again.</source>
            <translation>O índice deste pacote não está onde deveria; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle claims to hold %(count)d files, more than the %(limit)d a bundle may hold, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este pacote afirma conter %(count)d arquivos, mais do que os %(limit)d que um pacote pode conter, então foi recusado; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This file is an empty ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>Este arquivo é um arquivo ZIP vazio, não um pacote GCEN; escolha um arquivo .gcen.</translation>
        </message>
        <message>
            <source>This bundle's table of contents is damaged; ask the sender to export it again.</source>
            <translation>O índice deste pacote está danificado; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>A file inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>Um arquivo deste pacote está danificado; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle holds a file with an overlong name, which bundles never have; do not open it, and tell the sender.</source>
            <translation>Este pacote contém um arquivo com um nome longo demais, o que pacotes nunca têm; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This bundle holds a file whose name is not readable text, which bundles never have; do not open it, and tell the sender.</source>
            <translation>Este pacote contém um arquivo cujo nome não é texto legível, o que pacotes nunca têm; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This bundle holds a file named %(name)s that points outside its own folder (an absolute path or '..'), so it was refused; do not open it, and tell the sender.</source>
            <translation>Este pacote contém um arquivo chamado %(name)s que aponta para fora da própria pasta (um caminho absoluto ou '..'), então foi recusado; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This bundle holds two files with the same name (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este pacote contém dois arquivos com o mesmo nome (%(name)s), o que permite esconder um atrás do outro, então foi recusado; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This bundle holds two files with names that differ only in upper/lower case (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este pacote contém dois arquivos cujos nomes só diferem em maiúsculas e minúsculas (%(name)s), o que permite esconder um atrás do outro, então foi recusado; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This ZIP archive uses ZIP passwords, which GCEN bundles never use; choose a .gcen file.</source>
            <translation>Este arquivo ZIP usa senhas ZIP, que os pacotes GCEN nunca usam; escolha um arquivo .gcen.</translation>
        </message>
        <message>
            <source>This file is a ZIP archive that GCEN Desktop did not write; choose a .gcen file.</source>
            <translation>Este arquivo é um arquivo ZIP que o GCEN Desktop não gravou; escolha um arquivo .gcen.</translation>
        </message>
        <message>
            <source>This ZIP archive uses a compression method GCEN bundles never use; choose a .gcen file.</source>
            <translation>Este arquivo ZIP usa um método de compressão que os pacotes GCEN nunca usam; escolha um arquivo .gcen.</translation>
        </message>
        <message>
            <source>A file inside this bundle would expand %(times)d times (a 'zip bomb'), so it was refused; do not open it, and tell the sender.</source>
            <translation>Um arquivo deste pacote se expandiria %(times)d vezes (uma “bomba zip”), então foi recusado; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This bundle holds a file %(name)s that does not belong in a bundle; ask the sender to export it again.</source>
            <translation>Este pacote contém um arquivo %(name)s que não pertence a um pacote; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle has no list of changes in it; ask the sender to export it again.</source>
            <translation>Este pacote não contém nenhuma lista de alterações; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Este pacote descompactado tem %(size)s, mais do que os %(limit)s que o GCEN Desktop aceita; peça ao remetente que exporte só para você em vez de um pacote completo.</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s and there is not enough free disk space to check it safely; free some disk space and import it again.</source>
            <translation>Este pacote descompactado tem %(size)s e não há espaço livre em disco suficiente para verificá-lo com segurança; libere espaço em disco e importe-o novamente.</translation>
        </message>
        <message>
            <source>This bundle's files overlap one another inside the archive (a 'zip bomb' trick), so it was refused; do not open it, and tell the sender.</source>
            <translation>Os arquivos deste pacote se sobrepõem dentro do arquivo compactado (um truque de “bomba zip”), então foi recusado; não o abra e avise o remetente.</translation>
        </message>
        <message>
            <source>This bundle's list of changes is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>A lista de alterações deste pacote tem %(size)s, mais do que os %(limit)s que o GCEN Desktop aceita; peça ao remetente que exporte só para você, ou que compartilhe esse arquivo de outra forma.</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>A descrição (manifesto) deste pacote tem %(size)s, mais do que os %(limit)s que o GCEN Desktop aceita; peça ao remetente que exporte só para você, ou que compartilhe esse arquivo de outra forma.</translation>
        </message>
        <message>
            <source>This bundle's attachment is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>O anexo deste pacote tem %(size)s, mais do que os %(limit)s que o GCEN Desktop aceita; peça ao remetente que exporte só para você, ou que compartilhe esse arquivo de outra forma.</translation>
        </message>
        <message>
            <source>The file %(name)s inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>O arquivo %(name)s deste pacote está danificado; peça ao remetente que o exporte novamente.</translation>
        </message>
        <message>
            <source>A session ends after it starts: give an end time after %(start)s, or leave it empty.</source>
            <translation>Uma sessão termina depois de começar: informe um horário de término depois de %(start)s, ou deixe-o vazio.</translation>
        </message>
    </context>
</TS>

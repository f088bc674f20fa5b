<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>About GCEN Desktop</source>
            <translation>Acerca de GCEN Desktop</translation>
        </message>
        <message>
            <source>An offline workspace for city teams of a network of urban school systems: notes, readings, action plans and symposia, shared as bundle files.</source>
            <translation>Un espacio de trabajo sin conexión para los equipos de ciudad de una red de sistemas escolares urbanos: notas, lecturas, planes de acción y simposios, compartidos como archivos de paquete.</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Copy versions</source>
            <translation>Copiar versiones</translation>
        </message>
        <message>
            <source>Copy versions to the clipboard</source>
            <translation>Copiar las versiones al portapapeles</translation>
        </message>
    </context>
    <context>
        <name>ActionDelegate</name>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>Rinde cuentas</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Overdue since %s</source>
            <translation>Atrasada desde el %s</translation>
        </message>
        <message>
            <source>Edit action %s</source>
            <translation>Editar la acción %s</translation>
        </message>
        <message>
            <source>Move action</source>
            <translation>Mover la acción</translation>
        </message>
    </context>
    <context>
        <name>ActionTableView</name>
        <message>
            <source>Actions of the goal</source>
            <translation>Acciones del objetivo</translation>
        </message>
    </context>
    <context>
        <name>AddReadingDialog</name>
        <message>
            <source>Add a reading</source>
            <translation>Añadir una lectura</translation>
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
            <translation>Apellido, Nombre; Apellido, Nombre</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
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
            <translation>Dirección web</translation>
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
            <translation>Etiquetas, separadas por comas</translation>
        </message>
        <message>
            <source>You can add the abstract, why it matters and the PDF after adding it.</source>
            <translation>Podrá añadir el resumen, por qué importa y el PDF después de añadirla.</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>Añadir lectura</translation>
        </message>
        <message>
            <source>This looks like a reading already in the list (same title, DOI or web address): %s. Add it anyway?</source>
            <translation>Parece que esta lectura ya está en la lista (mismo título, DOI o dirección web): %s. ¿Añadirla de todos modos?</translation>
        </message>
        <message>
            <source>The reading needs a title</source>
            <translation>La lectura necesita un título</translation>
        </message>
        <message>
            <source>Type the title, then press Add reading.</source>
            <translation>Escriba el título y pulse Añadir lectura.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Posible duplicado</translation>
        </message>
        <message>
            <source>Add anyway</source>
            <translation>Añadir de todos modos</translation>
        </message>
    </context>
    <context>
        <name>AgendaDelegate</name>
        <message>
            <source>Kind of session</source>
            <translation>Tipo de sesión</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>No sessions yet. Add the site visits, exchanges and expert talks with “Add session”; double-click a cell to change it.</source>
            <translation>Aún no hay sesiones. Añada las visitas de campo, los intercambios y las charlas de expertos con «Añadir sesión»; haga doble clic en una celda para cambiarla.</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>Añadir sesión</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Eliminar sesión</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>%1 over %2, %3</source>
            <comment>sessions over days, site visits</comment>
            <translation>%1 en %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sessions</source>
            <translation>
                <numerusform>%Ln sesión</numerusform>
                <numerusform>%Ln sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln día</numerusform>
                <numerusform>%Ln días</numerusform>
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
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Delete sessions</source>
            <translation>Eliminar sesiones</translation>
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
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
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Day %d</source>
            <translation>Día %d</translation>
        </message>
        <message>
            <source>Edit session %s</source>
            <translation>Editar la sesión %s</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>Could not do that</source>
            <translation>No se pudo hacer</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>The operation did not complete and nothing was changed. If it happens again, send this to the team:

%s</source>
            <translation>La operación no se completó y no se cambió nada. Si vuelve a ocurrir, envíe esto al equipo:

%s</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Adjuntar archivo…</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Adjuntar un archivo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>Abrir el archivo seleccionado</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected file from this record</source>
            <translation>Quitar el archivo seleccionado de este registro</translation>
        </message>
        <message>
            <source>The file stays in the workspace; Undo attaches it again.</source>
            <translation>El archivo se queda en el espacio de trabajo; Deshacer lo vuelve a adjuntar.</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <source>No files yet. Attach a PDF or a document to keep it with this record.</source>
            <translation>Aún no hay archivos. Adjunte un PDF o un documento para guardarlo con este registro.</translation>
        </message>
        <message>
            <source>Attached %s.</source>
            <translation>%s adjuntado.</translation>
        </message>
        <message>
            <source>Attach %s</source>
            <translation>Adjuntar %s</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md);;All files (*)</source>
            <translation>Documentos (*.pdf *.docx *.doc *.odt *.txt *.md);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>No se pudo abrir el archivo</translation>
        </message>
        <message>
            <source>No program on this computer opens this kind of file. Install a viewer and try again.</source>
            <translation>Ningún programa de este equipo abre este tipo de archivo. Instale un visor e inténtelo de nuevo.</translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln files</source>
            <translation>
                <numerusform>Quitar %Ln archivo</numerusform>
                <numerusform>Quitar %Ln archivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln files from this record. Undo attaches them again.</source>
            <translation>
                <numerusform>%Ln archivo quitado de este registro. Deshacer lo vuelve a adjuntar.</numerusform>
                <numerusform>%Ln archivos quitados de este registro. Deshacer los vuelve a adjuntar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove %s</source>
            <translation>Quitar %s</translation>
        </message>
        <message>
            <source>Removed %s from this record. Undo attaches it again.</source>
            <translation>Se quitó %s de este registro. Deshacer lo vuelve a adjuntar.</translation>
        </message>
        <message>
            <source>Remove from this record</source>
            <translation>Quitar de este registro</translation>
        </message>
    </context>
    <context>
        <name>BoardColumnModel</name>
        <message>
            <source>due %s</source>
            <translation>vence %s</translation>
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
            <translation>Renombrar el elemento de la lista</translation>
        </message>
        <message>
            <source>Move checklist item</source>
            <translation>Mover el elemento de la lista</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Checklist progress</source>
            <translation>Avance de la lista</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>Lista de preparación</translation>
        </message>
        <message>
            <source>Add an item, e.g. “Book flights”, and press Enter</source>
            <translation>Añada un elemento, p. ej. «Reservar vuelos», y pulse Intro</translation>
        </message>
        <message>
            <source>New checklist item</source>
            <translation>Nuevo elemento de la lista</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete checklist item</source>
            <translation>Eliminar el elemento de la lista</translation>
        </message>
        <message>
            <source>Space ticks an item; Ctrl+Up / Ctrl+Down moves it; F2 renames it.</source>
            <translation>Espacio marca un elemento; Ctrl+Arriba / Ctrl+Abajo lo mueve; F2 lo renombra.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln done</source>
            <translation>
                <numerusform>%1 de %Ln hecho</numerusform>
                <numerusform>%1 de %Ln hechos</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to prepare yet</source>
            <translation>Nada que preparar todavía</translation>
        </message>
        <message>
            <source>Add checklist item</source>
            <translation>Añadir un elemento a la lista</translation>
        </message>
        <message>
            <source>Delete checklist items</source>
            <translation>Eliminar elementos de la lista</translation>
        </message>
    </context>
    <context>
        <name>ConflictDetail</name>
        <message>
            <source>Choose a record on the left to see what differs and settle it.</source>
            <translation>Elija un registro a la izquierda para ver qué difiere y resolverlo.</translation>
        </message>
        <message>
            <source>Open %s</source>
            <translation>Abrir %s</translation>
        </message>
        <message>
            <source>Deleted on one side, edited on the other</source>
            <translation>Eliminado en un lado, editado en el otro</translation>
        </message>
        <message>
            <source>%s deleted this %s, but it was edited after they last saw it. Keep it with the edits, or delete it again.</source>
            <translation>%s eliminó este %s, pero se editó después de que lo viera por última vez. Consérvelo con los cambios o vuelva a eliminarlo.</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>Un compañero de equipo</translation>
        </message>
        <message>
            <source>This %s was deleted, but a teammate added to it or changed something under it at the same time, so it is still here. Keep it, or delete it again with everything under it.</source>
            <translation>Este %s se eliminó, pero al mismo tiempo un compañero de equipo le añadió o cambió algo, así que sigue aquí. Consérvelo o vuelva a eliminarlo con todo lo que contiene.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>Conservar el registro</translation>
        </message>
        <message>
            <source>Delete it again</source>
            <translation>Eliminarlo de nuevo</translation>
        </message>
        <message>
            <source>Delete the record again</source>
            <translation>Eliminar el registro de nuevo</translation>
        </message>
        <message>
            <source>Settle %s</source>
            <translation>Resolver %s</translation>
        </message>
        <message>
            <source>Keep %s</source>
            <translation>Conservar %s</translation>
        </message>
        <message>
            <source>Delete %s again</source>
            <translation>Eliminar %s de nuevo</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <source>deleted by a teammate while edited here</source>
            <translation>eliminado por un compañero mientras se editaba aquí</translation>
        </message>
        <message>
            <source>deleted, but a teammate added to it</source>
            <translation>eliminado, pero un compañero le añadió algo</translation>
        </message>
        <message>
            <source>different values: %s</source>
            <translation>valores distintos: %s</translation>
        </message>
        <message>
            <source>auto-merged: %s</source>
            <translation>fusionado automáticamente: %s</translation>
        </message>
    </context>
    <context>
        <name>ConflictsSection</name>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Records with conflicts</source>
            <translation>Registros con conflictos</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>No hay conflictos.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln to settle. Pick the version to keep, write a merged value, or decide about deleted records.</source>
            <translation>
                <numerusform>%Ln por resolver. Elija la versión que desea conservar, escriba un valor combinado o decida sobre los registros eliminados.</numerusform>
                <numerusform>%Ln por resolver. Elija la versión que desea conservar, escriba un valor combinado o decida sobre los registros eliminados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to settle. When teammates change the same thing in different ways, or one deletes what another edited, it shows up here.</source>
            <translation>Nada que resolver. Cuando los compañeros cambian lo mismo de formas distintas, o uno elimina lo que otro editó, aparece aquí.</translation>
        </message>
        <message>
            <source>Nothing needs a decision; auto-merged text can be checked and accepted.</source>
            <translation>Nada requiere una decisión; el texto fusionado automáticamente puede revisarse y aceptarse.</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>No date (e.g. %s or %s)</source>
            <translation>Sin fecha (p. ej. %s o %s)</translation>
        </message>
        <message>
            <source>Pick a date in a calendar</source>
            <translation>Elegir una fecha en un calendario</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Borrar la fecha</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today %s</source>
            <translation>hoy %s</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>Escribiendo %s…</translation>
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
            <translation>%s guardado</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>Actions: %1…</source>
            <translation>Acciones: %1…</translation>
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
            <translation>Adjuntos</translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Share your changes</source>
            <translation>Compartir sus cambios</translation>
        </message>
        <message>
            <source>For one teammate:</source>
            <translation>Para un compañero de equipo:</translation>
        </message>
        <message>
            <source>Teammate</source>
            <translation>Compañero de equipo</translation>
        </message>
        <message>
            <source>For the team</source>
            <translation>Para el equipo</translation>
        </message>
        <message>
            <source>Everything some teammate may not have yet.</source>
            <translation>Todo lo que algún compañero quizá aún no tenga.</translation>
        </message>
        <message>
            <source>Everything (a new teammate, a backup)</source>
            <translation>Todo (un compañero nuevo, una copia de seguridad)</translation>
        </message>
        <message>
            <source>The whole workspace, for a teammate who is joining or as a backup.</source>
            <translation>Todo el espacio de trabajo, para un compañero que se incorpora o como copia de seguridad.</translation>
        </message>
        <message>
            <source>Sign it, so they know it is yours</source>
            <translation>Firmarlo, para que sepan que es suyo</translation>
        </message>
        <message>
            <source>Encrypt for teammates you trust</source>
            <translation>Cifrar para los compañeros en quienes confía</translation>
        </message>
        <message>
            <source>Only teammates whose keys you trusted can open it.</source>
            <translation>Solo pueden abrirlo los compañeros en cuyas claves confió.</translation>
        </message>
        <message>
            <source>Add a passphrase</source>
            <translation>Añadir una frase de contraseña</translation>
        </message>
        <message>
            <source>Tell the passphrase by phone, not in the e-mail that carries the bundle.</source>
            <translation>Comunique la frase de contraseña por teléfono, no en el correo que lleva el paquete.</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>Exportar paquete…</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Exportar un paquete</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not shared with anyone yet.</source>
            <translation>
                <numerusform>%Ln cambio aún sin compartir con nadie.</numerusform>
                <numerusform>%Ln cambios aún sin compartir con nadie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything you changed has been shared.</source>
            <translation>Todo lo que cambió se ha compartido.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase for this bundle (at least 8 characters):</source>
            <translation>Frase de contraseña para este paquete (al menos 8 caracteres):</translation>
        </message>
        <message>
            <source>Passphrase too short</source>
            <translation>Frase de contraseña demasiado corta</translation>
        </message>
        <message>
            <source>Use a passphrase of at least 8 characters, e.g. three unrelated words.</source>
            <translation>Use una frase de contraseña de al menos 8 caracteres, p. ej. tres palabras sin relación.</translation>
        </message>
        <message>
            <source>Type the passphrase again:</source>
            <translation>Escriba de nuevo la frase de contraseña:</translation>
        </message>
        <message>
            <source>Passphrases differ</source>
            <translation>Las frases de contraseña no coinciden</translation>
        </message>
        <message>
            <source>The two passphrases differ; export again and type the same passphrase twice.</source>
            <translation>Las dos frases de contraseña no coinciden; exporte de nuevo y escriba la misma frase dos veces.</translation>
        </message>
        <message>
            <source>Save bundle as</source>
            <translation>Guardar el paquete como</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>Paquete GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>Escribiendo %s…</translation>
        </message>
        <message numerus="yes">
            <source>This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>Esta exportación superaba el tamaño de un solo paquete, así que se guardó en %Ln archivo, de %1 a %2 (%3 en total): envíelos todos; su compañero importa cada uno, y un compañero nuevo se une con el primero. Se comprobaron después de escribirlos: puede retirar la memoria USB con seguridad.</numerusform>
                <numerusform>Esta exportación superaba el tamaño de un solo paquete, así que se guardó en %Ln archivos, de %1 a %2 (%3 en total): envíelos todos; su compañero importa cada uno, y un compañero nuevo se une con el primero. Se comprobaron después de escribirlos: puede retirar la memoria USB con seguridad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%2, %Ln changes). It was checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>%1 guardado (%2, %Ln cambio). Se comprobó después de escribirlo: puede retirar la memoria USB.</numerusform>
                <numerusform>%1 guardado (%2, %Ln cambios). Se comprobó después de escribirlo: puede retirar la memoria USB.</numerusform>
            </translation>
        </message>
        <message>
            <source>This bundle is %s, too large for most e-mail; export for one teammate instead, or share it on a USB stick or in a shared folder.</source>
            <translation>Este paquete ocupa %s, demasiado para la mayoría del correo electrónico; expórtelo para un solo compañero de equipo, o compártalo en una memoria USB o en una carpeta compartida.</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %s; edit that field (or delete the record) and export again.</source>
            <translation>Una versión que ningún paquete puede llevar (escrita por una versión anterior de GCEN Desktop) se quedó aquí y se envió el resto: %s; edite ese campo (o elimine el elemento) y exporte de nuevo.</translation>
        </message>
        <message>
            <source>Bundle saved: %s</source>
            <translation>Paquete guardado: %s</translation>
        </message>
        <message>
            <source>%s '%s': '%s' is too large</source>
            <translation>%s '%s': '%s' es demasiado grande</translation>
        </message>
        <message>
            <source>%s '%s': '%s' holds a NUL character</source>
            <translation>%s '%s': '%s' contiene un carácter NUL</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
        </message>
    </context>
    <context>
        <name>FieldConflictBox</name>
        <message>
            <source>Merged automatically: the edits touched different lines. Check it, then accept it.</source>
            <translation>Fusionado automáticamente: los cambios afectaban a líneas distintas. Revíselo y acéptelo.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln different versions. Pick one, or write the value to keep.</source>
            <translation>
                <numerusform>%Ln versiones distintas. Elija una o escriba el valor que desea conservar.</numerusform>
                <numerusform>%Ln versiones distintas. Elija una o escriba el valor que desea conservar.</numerusform>
            </translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>Version by %s</source>
            <translation>Versión de %s</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Conservar esta versión</translation>
        </message>
        <message>
            <source>Keep the version by %s</source>
            <translation>Conservar la versión de %s</translation>
        </message>
        <message>
            <source>Auto-merged text</source>
            <translation>Texto fusionado automáticamente</translation>
        </message>
        <message>
            <source>Or write the value to keep</source>
            <translation>O escriba el valor que desea conservar</translation>
        </message>
        <message>
            <source>Merged value of %s</source>
            <translation>Valor combinado de %s</translation>
        </message>
        <message>
            <source>Accept the merge</source>
            <translation>Aceptar la fusión</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Usar este valor</translation>
        </message>
        <message>
            <source>What differs: lines marked − are only in the version by %s; lines marked + are only in the version by %s.</source>
            <translation>Qué cambia: las líneas marcadas con − solo están en la versión de %s; las marcadas con + solo están en la versión de %s.</translation>
        </message>
        <message>
            <source>Differences between the version by %s and the version by %s</source>
            <translation>Diferencias entre la versión de %s y la versión de %s</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in note</source>
            <translation>Buscar en la nota</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Coincidencias</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Coincidencia anterior (Mayús+Intro)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Coincidencia siguiente (Intro)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the find bar (Escape)</source>
            <translation>Cerrar la barra de búsqueda (Esc)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Sin coincidencias</translation>
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
                <numerusform>%n coincidencia</numerusform>
                <numerusform>%n coincidencias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunWindow</name>
        <message>
            <source>Welcome to GCEN Desktop</source>
            <translation>Bienvenido a GCEN Desktop</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Nuevo espacio de trabajo</translation>
        </message>
        <message>
            <source>Your team's notes, readings, action plans and symposia, on this computer. Nothing needs a server: you share with teammates through bundle files.</source>
            <translation>Las notas, lecturas, planes de acción y simposios de su equipo, en este equipo. No hace falta ningún servidor: comparte con sus compañeros mediante archivos de paquete.</translation>
        </message>
        <message>
            <source>Create your team's workspace</source>
            <translation>Cree el espacio de trabajo de su equipo</translation>
        </message>
        <message>
            <source>Create another workspace</source>
            <translation>Crear otro espacio de trabajo</translation>
        </message>
        <message>
            <source>e.g. Boston Public Schools — GCEN team</source>
            <translation>p. ej. Boston Public Schools — equipo GCEN</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>Nombre del equipo</translation>
        </message>
        <message>
            <source>e.g. Boston</source>
            <translation>p. ej. Boston</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Su nombre completo</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>Su función</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <source>Change the workspace folder</source>
            <translation>Cambiar la carpeta del espacio de trabajo</translation>
        </message>
        <message>
            <source>Stored in</source>
            <translation>Guardado en</translation>
        </message>
        <message>
            <source>Create workspace</source>
            <translation>Crear espacio de trabajo</translation>
        </message>
        <message>
            <source>Explore the sample team</source>
            <translation>Explorar el equipo de ejemplo</translation>
        </message>
        <message>
            <source>A fictional Boston team with notes, readings, a plan and a symposium.</source>
            <translation>Un equipo ficticio de Boston con notas, lecturas, un plan y un simposio.</translation>
        </message>
        <message>
            <source>Import a bundle from a teammate…</source>
            <translation>Importar un paquete de un compañero…</translation>
        </message>
        <message>
            <source>Fill in your name and role above, then choose the full .gcen bundle a teammate exported for you: you join their workspace.</source>
            <translation>Escriba arriba su nombre y su función y luego elija el paquete .gcen completo que un compañero de equipo exportó para usted: se unirá a su espacio de trabajo.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel joining</source>
            <translation>Cancelar la incorporación</translation>
        </message>
        <message>
            <source>Where to keep the workspace</source>
            <translation>Dónde guardar el espacio de trabajo</translation>
        </message>
        <message>
            <source>A few details are missing</source>
            <translation>Faltan algunos datos</translation>
        </message>
        <message>
            <source>Enter your team's name and your own name, then try again.</source>
            <translation>Escriba el nombre de su equipo y su propio nombre e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Enter your own name, then choose the bundle again.</source>
            <translation>Escriba su nombre y vuelva a elegir el paquete.</translation>
        </message>
        <message>
            <source>Choose the bundle a teammate sent you</source>
            <translation>Elija el paquete que le envió un compañero</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>Paquetes GCEN (*.gcen);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Enter your name and role, then press “%1” to join with %2.</source>
            <translation>Escriba su nombre y su función y pulse «%1» para unirse con %2.</translation>
        </message>
        <message>
            <source>Could not join the workspace</source>
            <translation>No se pudo unir al espacio de trabajo</translation>
        </message>
        <message>
            <source>Reading %s…</source>
            <translation>Leyendo %s…</translation>
        </message>
        <message>
            <source>Joining cancelled; nothing was changed.</source>
            <translation>Incorporación cancelada; no se cambió nada.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Join the team's workspace</source>
            <translation>Unirse al espacio de trabajo del equipo</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Unirse</translation>
        </message>
        <message>
            <source>Joining “%s”…</source>
            <translation>Uniéndose a «%s»…</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>Un compañero de equipo</translation>
        </message>
        <message numerus="yes">
            <source>%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.</source>
            <translation>
                <numerusform>%1 creó este paquete del espacio de trabajo «%2» el %3. Contiene %Ln cambio.</numerusform>
                <numerusform>%1 creó este paquete del espacio de trabajo «%2» el %3. Contiene %Ln cambios.</numerusform>
            </translation>
        </message>
        <message>
            <source>It is signed with the key %1. Check with %2 that this is their key (read it to each other on the phone), then join.</source>
            <translation>Está firmado con la clave %1. Compruebe con %2 que es su clave (léansela por teléfono) y luego únase.</translation>
        </message>
        <message>
            <source>It is not signed, so nobody can check who made it: join only if you know where it came from.</source>
            <translation>No está firmado, así que nadie puede comprobar quién lo creó: únase solo si sabe de dónde viene.</translation>
        </message>
        <message>
            <source>It holds only recent changes, not the whole workspace: ask for a full bundle if records are missing after joining.</source>
            <translation>Solo contiene cambios recientes, no todo el espacio de trabajo: pida un paquete completo si faltan registros después de unirse.</translation>
        </message>
        <message>
            <source>Its name says it is file %1 of %2 of one export, too large for one file: after joining, import the other files of it too.</source>
            <translation>Su nombre indica que es el archivo %1 de %2 de una misma exportación, demasiado grande para un solo archivo: después de unirse, importe también los demás archivos de esa exportación.</translation>
        </message>
        <message>
            <source>Joining… %1%</source>
            <translation>Uniéndose… %1 %</translation>
        </message>
        <message>
            <source>Could not create the workspace</source>
            <translation>No se pudo crear el espacio de trabajo</translation>
        </message>
        <message>
            <source>Setting up the workspace…</source>
            <translation>Preparando el espacio de trabajo…</translation>
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%1 de %Ln acción hecha</numerusform>
                <numerusform>%1 de %Ln acciones hechas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%2, %1 of %Ln actions done</source>
            <translation>
                <numerusform>%2, %1 de %Ln acción hecha</numerusform>
                <numerusform>%2, %1 de %Ln acciones hechas</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to goal %s</source>
            <translation>Mover al objetivo %s</translation>
        </message>
        <message>
            <source>%d/%d done</source>
            <translation>%d/%d hechas</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Drop actions on a goal to move them there; Ctrl+Up / Ctrl+Down reorders the goals.</source>
            <translation>Suelte acciones sobre un objetivo para moverlas allí; Ctrl+Arriba / Ctrl+Abajo reordena los objetivos.</translation>
        </message>
        <message>
            <source>No goals yet. Add one with “New goal”: say what should change, and how you will know.</source>
            <translation>Aún no hay objetivos. Añada uno con «Nuevo objetivo»: diga qué debe cambiar y cómo lo sabrá.</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nuevo objetivo</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Eliminar objetivo</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea de base</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>No actions for this goal yet. Add the first with “New action”; drag rows or press Ctrl+Up / Ctrl+Down to reorder.</source>
            <translation>Este objetivo aún no tiene acciones. Añada la primera con «Nueva acción»; arrastre filas o pulse Ctrl+Arriba / Ctrl+Abajo para reordenarlas.</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nueva acción</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Eliminar acción</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move the action up (Ctrl+Up)</source>
            <translation>Subir la acción (Ctrl+Arriba)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move the action down (Ctrl+Down)</source>
            <translation>Bajar la acción (Ctrl+Abajo)</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Delete goal %s</source>
            <translation>Eliminar el objetivo %s</translation>
        </message>
        <message>
            <source>Move goal</source>
            <translation>Mover el objetivo</translation>
        </message>
    </context>
    <context>
        <name>GroupsSection</name>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>Grupos de trabajo</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nuevo grupo</translation>
        </message>
        <message>
            <source>Filter groups by name</source>
            <translation>Filtrar grupos por nombre</translation>
        </message>
        <message>
            <source>No working groups yet. A group gathers people from several cities around one problem of practice: “New group”.</source>
            <translation>Aún no hay grupos de trabajo. Un grupo reúne a personas de varias ciudades en torno a un problema de práctica: «Nuevo grupo».</translation>
        </message>
        <message>
            <source>No group matches the filter. Clear it to see them all.</source>
            <translation>Ningún grupo coincide con el filtro. Bórrelo para verlos todos.</translation>
        </message>
        <message>
            <source>Delete this working group</source>
            <translation>Eliminar este grupo de trabajo</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>No members yet. Add the people from each city who take part.</source>
            <translation>Aún no hay miembros. Añada a las personas de cada ciudad que participan.</translation>
        </message>
        <message>
            <source>Add members</source>
            <translation>Añadir miembros</translation>
        </message>
        <message>
            <source>Linked readings and notes</source>
            <translation>Lecturas y notas vinculadas</translation>
        </message>
        <message>
            <source>Link the case studies, papers and notes the group works from.</source>
            <translation>Vincule los estudios de caso, documentos y notas con los que trabaja el grupo.</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>Vincular lecturas y notas</translation>
        </message>
        <message>
            <source>Filed under this group</source>
            <translation>Archivado en este grupo</translation>
        </message>
        <message>
            <source>Readings, notes and plans whose working group is this one appear here.</source>
            <translation>Aquí aparecen las lecturas, notas y planes cuyo grupo de trabajo es este.</translation>
        </message>
        <message>
            <source>No working group open</source>
            <translation>Ningún grupo de trabajo abierto</translation>
        </message>
        <message>
            <source>A working group brings people from several cities together around one problem of practice, with the readings and notes they work from.</source>
            <translation>Un grupo de trabajo reúne a personas de varias ciudades en torno a un problema de práctica, con las lecturas y notas con las que trabajan.</translation>
        </message>
        <message>
            <source>Choose a working group on the left, or start one with “New group”.</source>
            <translation>Elija un grupo de trabajo a la izquierda o cree uno con «Nuevo grupo».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln members · %1</source>
            <translation>
                <numerusform>%Ln miembro · %1</numerusform>
                <numerusform>%Ln miembros · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>New working group</source>
            <translation>Nuevo grupo de trabajo</translation>
        </message>
        <message>
            <source>Delete working group %s</source>
            <translation>Eliminar el grupo de trabajo %s</translation>
        </message>
    </context>
    <context>
        <name>HomeSection</name>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>en %Ln día</numerusform>
                <numerusform>en %Ln días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparation: %1 of %Ln checklist items done</source>
            <translation>
                <numerusform>Preparación: %1 de %Ln tarea hecha</numerusform>
                <numerusform>Preparación: %1 de %Ln tareas hechas</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions due</source>
            <translation>Acciones pendientes</translation>
        </message>
        <message>
            <source>Nothing overdue or due this week. Well done.</source>
            <translation>Nada atrasado ni con vencimiento esta semana. Bien hecho.</translation>
        </message>
        <message>
            <source>Overdue actions and actions due this week</source>
            <translation>Acciones atrasadas y acciones que vencen esta semana</translation>
        </message>
        <message>
            <source>Readings assigned to you</source>
            <translation>Lecturas asignadas a usted</translation>
        </message>
        <message>
            <source>No readings are waiting for you. Teammates can assign readings to you under Readings.</source>
            <translation>No tiene lecturas pendientes. Sus compañeros pueden asignarle lecturas en Lecturas.</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>Cambios recientes</translation>
        </message>
        <message>
            <source>No changes yet. Write a note or add a reading to get started.</source>
            <translation>Aún no hay cambios. Escriba una nota o añada una lectura para empezar.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days overdue</source>
            <translation>
                <numerusform>%Ln día de retraso</numerusform>
                <numerusform>%Ln días de retraso</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>vence hoy</translation>
        </message>
        <message>
            <source>due %s</source>
            <translation>vence %s</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>un compañero de equipo</translation>
        </message>
        <message>
            <source>from %s (imported)</source>
            <translation>de %s (importado)</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Next symposium</source>
            <translation>Próximo simposio</translation>
        </message>
        <message>
            <source>Preparation checklist progress</source>
            <translation>Avance de la lista de preparación</translation>
        </message>
        <message>
            <source>Open symposium</source>
            <translation>Abrir el simposio</translation>
        </message>
        <message>
            <source>No symposium is coming up. Add one under Symposia to see its countdown here.</source>
            <translation>No hay ningún simposio próximo. Añada uno en Simposios para ver aquí su cuenta atrás.</translation>
        </message>
        <message>
            <source>Date to be set</source>
            <translation>Fecha por definir</translation>
        </message>
        <message>
            <source>No preparation checklist yet.</source>
            <translation>Aún no hay lista de preparación.</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <source>happening now</source>
            <translation>en curso</translation>
        </message>
    </context>
    <context>
        <name>IdentityPanel</name>
        <message>
            <source>This workspace on the network</source>
            <translation>Este espacio de trabajo en la red</translation>
        </message>
        <message>
            <source>What the network hub's operator needs to enroll your city, and what other cities compare before they trust your publications.</source>
            <translation>Lo que el operador del hub de la red necesita para inscribir a su ciudad, y lo que otras ciudades comparan antes de confiar en sus publicaciones.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy this workspace's identity</source>
            <translation>Copiar la identidad de este espacio de trabajo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Workspace id</source>
            <translation>Identificador del espacio</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>Identificador de esta copia</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Clave de firma</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(sin indicar)</translation>
        </message>
        <message>
            <source>This workspace's identity is on the clipboard.</source>
            <translation>La identidad de este espacio de trabajo está en el portapapeles.</translation>
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
            <translation>Nuevos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>En conflicto</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminados</translation>
        </message>
        <message>
            <source>Links, tags and statuses</source>
            <translation>Vínculos, etiquetas y estados</translation>
        </message>
        <message>
            <source>Kept for a newer version</source>
            <translation>Guardados para una versión más reciente</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Checking %s…</source>
            <translation>Comprobando %s…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Importación cancelada; no se cambió nada.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>otro equipo</translation>
        </message>
        <message>
            <source>This bundle comes from the workspace of another team (%1), so it cannot be imported as changes of yours.

Copy its practices, plans, readings and notes into your workspace? Their people are not copied, and “Undo last import” removes the copies again.</source>
            <translation>Este paquete viene del espacio de trabajo de otro equipo (%1), así que no se puede importar como cambios suyos.

¿Copiar sus prácticas, planes, lecturas y notas en su espacio de trabajo? Sus personas no se copian, y «Deshacer la última importación» quita las copias.</translation>
        </message>
        <message>
            <source>Import as copies</source>
            <translation>Importar como copias</translation>
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
            <translation>Incorporar los cambios de un compañero</translation>
        </message>
        <message>
            <source>Choose the .gcen file they sent you, or drop it on the window. You see what it changes before anything is written.</source>
            <translation>Elija el archivo .gcen que le envió o suéltelo en la ventana. Verá lo que cambia antes de que se escriba nada.</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>Importar paquete…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importar un paquete</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>Deshacer la última importación</translation>
        </message>
        <message>
            <source>Undo the last import</source>
            <translation>Deshacer la última importación</translation>
        </message>
        <message>
            <source>What the last import changed</source>
            <translation>Qué cambió la última importación</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>un compañero de equipo</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>otro equipo</translation>
        </message>
        <message numerus="yes">
            <source>Last import: %Ln records copied from %1.</source>
            <translation>
                <numerusform>Última importación: %Ln registro copiado de %1.</numerusform>
                <numerusform>Última importación: %Ln registros copiados de %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last import, from %1: %Ln records brought in.</source>
            <translation>
                <numerusform>Última importación, de %1: %Ln registro incorporado.</numerusform>
                <numerusform>Última importación, de %1: %Ln registros incorporados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln need a decision in Conflicts.</source>
            <translation>
                <numerusform>%Ln requiere una decisión en Conflictos.</numerusform>
                <numerusform>%Ln requieren una decisión en Conflictos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import, from %s: already imported on %s, nothing changed.</source>
            <translation>Última importación, de %s: ya se importó el %s, no cambió nada.</translation>
        </message>
        <message>
            <source>Its conflicts are settled.</source>
            <translation>Sus conflictos están resueltos.</translation>
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
            <translation>Paquete de %s</translation>
        </message>
        <message>
            <source>an unknown teammate</source>
            <translation>un compañero desconocido</translation>
        </message>
        <message>
            <source>everything they hold</source>
            <translation>todo lo que tiene</translation>
        </message>
        <message>
            <source>their changes since the last exchange</source>
            <translation>sus cambios desde el último intercambio</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Creado el</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <source>Contains</source>
            <translation>Contiene</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>sin firmar</translation>
        </message>
        <message>
            <source>Sender's key</source>
            <translation>Clave del remitente</translation>
        </message>
        <message>
            <source>What the bundle changes</source>
            <translation>Qué cambia el paquete</translation>
        </message>
        <message>
            <source>This bundle was already imported on %s. Importing it again changes nothing.</source>
            <translation>Este paquete ya se importó el %s. Importarlo de nuevo no cambia nada.</translation>
        </message>
        <message>
            <source>Nothing new: you already have everything in this bundle.</source>
            <translation>Nada nuevo: ya tiene todo lo que contiene este paquete.</translation>
        </message>
        <message numerus="yes">
            <source>%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.</source>
            <translation>
                <numerusform>%1 nuevos, %2 actualizados, %3 eliminados; %Ln requerirá una decisión en Conflictos.</numerusform>
                <numerusform>%1 nuevos, %2 actualizados, %3 eliminados; %Ln requerirán una decisión en Conflictos.</numerusform>
            </translation>
        </message>
        <message>
            <source>No key you trust signed this bundle. Importing it once brings in what is new from teammates this workspace does not know yet; what it says about the teammates you know is left out, and nothing else in it is remembered.</source>
            <translation>Ninguna clave en la que confíe firmó este paquete. Importarlo una vez trae lo nuevo de compañeros que este espacio de trabajo aún no conoce; lo que dice de los compañeros que usted conoce se deja fuera, y no se recuerda nada más de él.</translation>
        </message>
        <message>
            <source>I checked this key with %s (e.g. by phone): trust it for their future bundles</source>
            <translation>He comprobado esta clave con %s (p. ej. por teléfono): confiar en ella para sus próximos paquetes</translation>
        </message>
        <message>
            <source>the sender</source>
            <translation>el remitente</translation>
        </message>
        <message>
            <source>Trust the sender's key</source>
            <translation>Confiar en la clave del remitente</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Trust the key and import</source>
            <translation>Confiar en la clave e importar</translation>
        </message>
        <message>
            <source>Import once without trusting</source>
            <translation>Importar una vez sin confiar</translation>
        </message>
    </context>
    <context>
        <name>ImportWarnings</name>
        <message>
            <source>Everything in this bundle is already here; importing it changes nothing.</source>
            <translation>Todo lo que contiene este paquete ya está aquí; importarlo no cambia nada.</translation>
        </message>
        <message>
            <source>This bundle holds changes this workspace copy made before it was restored from a backup; they were imported, and this copy numbers its next changes after them so that teammates keep accepting its changes.</source>
            <translation>Este paquete contiene cambios que esta copia del espacio de trabajo hizo antes de restaurarse desde una copia de seguridad; se importaron, y esta copia numera sus próximos cambios después de ellos para que los compañeros sigan aceptando sus cambios.</translation>
        </message>
        <message>
            <source>%s of %s</source>
            <translation>%s de %s</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); trust the key of this bundle, or ask those teammates for a bundle of their own.</source>
            <translation>Ninguna clave en la que confíe firmó este paquete, así que los cambios que trae en nombre de compañeros ya conocidos aquí se dejaron fuera (%s); confíe en la clave de este paquete o pida a esos compañeros un paquete propio.</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); ask those teammates for a bundle of their own.</source>
            <translation>Ninguna clave en la que confíe firmó este paquete, así que los cambios que trae en nombre de compañeros ya conocidos aquí se dejaron fuera (%s); pida a esos compañeros un paquete propio.</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions, the second in a bundle from %2 (%1's store or %2's wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Un cambio de %1 llegó aquí en dos versiones distintas, la segunda en un paquete de %2 (la otra versión la escribió el equipo de %1 o el de %2); todos los equipos conservan la misma versión, y la otra se guarda como prueba.</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions (%1's store, or a teammate who passed it on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Un cambio de %1 llegó aquí en dos versiones distintas (la otra versión la escribió el equipo de %1 o un compañero que lo transmitió); todos los equipos conservan la misma versión, y la otra se guarda como prueba.</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>un compañero de equipo</translation>
        </message>
        <message>
            <source>This bundle is not signed, so it cannot be checked that %s made it; import it only if you know where it came from.</source>
            <translation>Este paquete no está firmado, así que no se puede comprobar que %s lo haya creado; impórtelo solo si sabe de dónde viene.</translation>
        </message>
        <message>
            <source>no name given</source>
            <translation>sin nombre</translation>
        </message>
        <message>
            <source>This is the first bundle signed by the key %s (%s); check the fingerprint with that teammate before trusting it.</source>
            <translation>Este es el primer paquete firmado con la clave %s (%s); compruebe la huella con ese compañero antes de confiar en ella.</translation>
        </message>
        <message>
            <source>The sender's clock is %s hours ahead of this computer's; ask them to check their date and time (the order of edits does not depend on it).</source>
            <translation>El reloj del remitente va %s horas por delante del de este ordenador; pídale que revise su fecha y hora (el orden de las ediciones no depende de ello).</translation>
        </message>
        <message numerus="yes">
            <source>This bundle deletes %Ln records; look at the preview before importing.</source>
            <translation>
                <numerusform>Este paquete elimina %Ln registro; revise la vista previa antes de importarlo.</numerusform>
                <numerusform>Este paquete elimina %Ln registros; revise la vista previa antes de importarlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records were not copied because what they belong to is not in the bundle.</source>
            <translation>
                <numerusform>%Ln registro no se copió porque aquello a lo que pertenece no está en el paquete.</numerusform>
                <numerusform>%Ln registros no se copiaron porque aquello a lo que pertenecen no está en el paquete.</numerusform>
            </translation>
        </message>
        <message>
            <source>store %s</source>
            <translation>copia %s</translation>
        </message>
        <message>
            <source>%s from %s</source>
            <translation>%s de %s</translation>
        </message>
        <message>
            <source>This bundle assumes changes this store does not have (%s); what it holds was applied, and a full bundle from the sender will fill the gap.</source>
            <translation>Este paquete supone cambios que esta copia del espacio de trabajo no tiene (%s); lo que contiene se ha aplicado, y un paquete completo del remitente cubrirá la diferencia.</translation>
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
            <translation>Ciudad</translation>
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
                <numerusform>%n línea sin cambios</numerusform>
                <numerusform>%n líneas sin cambios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinkedRecordsPanel</name>
        <message>
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <source>Add to %s</source>
            <translation>Añadir a %s</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove from %s</source>
            <translation>Quitar de %s</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln links</source>
            <translation>
                <numerusform>Añadir %Ln vínculo</numerusform>
                <numerusform>Añadir %Ln vínculos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln links</source>
            <translation>
                <numerusform>Quitar %Ln vínculo</numerusform>
                <numerusform>Quitar %Ln vínculos</numerusform>
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
            <translation>Abriendo el espacio de trabajo…</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>%s (sample)</source>
            <translation>%s (ejemplo)</translation>
        </message>
        <message>
            <source>Saved. Everything you type is also saved as you go.</source>
            <translation>Guardado. Todo lo que escribe también se guarda sobre la marcha.</translation>
        </message>
        <message>
            <source>Nothing to print here: open an action plan, a symposium or a note, then press %s again.</source>
            <translation>No hay nada que imprimir aquí: abra un plan de acción, un simposio o una nota y vuelva a pulsar %s.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importar un paquete</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>Paquetes GCEN (*.gcen);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cannot import yet</source>
            <translation>Aún no se puede importar</translation>
        </message>
        <message>
            <source>This version cannot import bundles. Ask your team for the latest GCEN Desktop.</source>
            <translation>Esta versión no puede importar paquetes. Pida a su equipo la última versión de GCEN Desktop.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About GCEN Desktop</source>
            <translation>A&amp;cerca de GCEN Desktop</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nuevo</translation>
        </message>
        <message>
            <source>&amp;Save now</source>
            <translation>&amp;Guardar ahora</translation>
        </message>
        <message>
            <source>Print or e&amp;xport…</source>
            <translation>Imprimir o e&amp;xportar…</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Importar un paquete…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
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
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>New &amp;workspace…</source>
            <translation>Nuevo &amp;espacio de trabajo…</translation>
        </message>
        <message>
            <source>&amp;Open a workspace…</source>
            <translation>&amp;Abrir un espacio de trabajo…</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>No recent workspaces</source>
            <translation>No hay espacios de trabajo recientes</translation>
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
            <translation>Dividir</translation>
        </message>
        <message>
            <source>Show only the Markdown text</source>
            <translation>Mostrar solo el texto Markdown</translation>
        </message>
        <message>
            <source>Show the text and its preview side by side</source>
            <translation>Mostrar el texto y su vista previa lado a lado</translation>
        </message>
        <message>
            <source>Show only the preview</source>
            <translation>Mostrar solo la vista previa</translation>
        </message>
        <message>
            <source>Note text (Markdown)</source>
            <translation>Texto de la nota (Markdown)</translation>
        </message>
        <message>
            <source>Write here. Markdown works: # heading, **bold**, - lists, &gt; quotes.</source>
            <translation>Escriba aquí. Funciona Markdown: # título, **negrita**, - listas, &gt; citas.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
    </context>
    <context>
        <name>NetworkSection</name>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>What other cities publish, kept here read-only. Adapt a practice in a plan of your own.</source>
            <translation>Lo que publican otras ciudades, guardado aquí en solo lectura. Adapte una práctica en un plan propio.</translation>
        </message>
        <message>
            <source>Import publication…</source>
            <translation>Importar publicación…</translation>
        </message>
        <message>
            <source>Import another city's publication</source>
            <translation>Importar la publicación de otra ciudad</translation>
        </message>
        <message>
            <source>The network library is empty. When another city sends you its publication, or the network hub its digest, bring it in with “Import publication…”: its practices, plans and readings appear here, with their city and date.</source>
            <translation>La biblioteca de la red está vacía. Cuando otra ciudad le envíe su publicación, o el hub de la red su resumen, tráigala con «Importar publicación…»: sus prácticas, planes y lecturas aparecen aquí, con su ciudad y su fecha.</translation>
        </message>
        <message>
            <source>Search the network library</source>
            <translation>Buscar en la biblioteca de la red</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>Working-group topic</source>
            <translation>Tema del grupo de trabajo</translation>
        </message>
        <message>
            <source>No publication matches. Clear the search or the filters to see them all.</source>
            <translation>Ninguna publicación coincide. Borre la búsqueda o los filtros para verlas todas.</translation>
        </message>
        <message>
            <source>Publications of other cities</source>
            <translation>Publicaciones de otras ciudades</translation>
        </message>
        <message>
            <source>Adapt in a new plan</source>
            <translation>Adaptar en un nuevo plan</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan of your team</source>
            <translation>Adaptar esta práctica en un nuevo plan de su equipo</translation>
        </message>
        <message>
            <source>Write a receipt…</source>
            <translation>Escribir un acuse de recibo…</translation>
        </message>
        <message>
            <source>Write a receipt for the city of this publication</source>
            <translation>Escribir un acuse de recibo para la ciudad de esta publicación</translation>
        </message>
        <message>
            <source>The publication's text</source>
            <translation>El texto de la publicación</translation>
        </message>
        <message>
            <source>Your plans adapted from it:</source>
            <translation>Sus planes que lo adaptan:</translation>
        </message>
        <message>
            <source>Open the plan %s</source>
            <translation>Abrir el plan %s</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Todas las ciudades</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Todos los grupos de trabajo</translation>
        </message>
        <message>
            <source>All working-group topics</source>
            <translation>Todos los temas de grupo de trabajo</translation>
        </message>
        <message>
            <source>No publication chosen</source>
            <translation>Ninguna publicación elegida</translation>
        </message>
        <message>
            <source>A file for %1's team saying what your network library holds of their publications: once they import it, their next publication for you carries only what you lack.</source>
            <translation>Un archivo para el equipo de %1 que dice lo que su biblioteca de la red tiene de sus publicaciones: cuando lo importen, su próxima publicación para usted llevará solo lo que le falta.</translation>
        </message>
        <message>
            <source>published %s</source>
            <translation>publicado el %s</translation>
        </message>
        <message>
            <source>New plan adapting %s.</source>
            <translation>Nuevo plan que adapta %s.</translation>
        </message>
        <message>
            <source>Adapt %s in a new plan</source>
            <translation>Adaptar %s en un nuevo plan</translation>
        </message>
        <message>
            <source>Save a receipt for %s</source>
            <translation>Guardar un acuse de recibo para %s</translation>
        </message>
        <message>
            <source>Saved the receipt for %1 to %2: send it to %1's team.</source>
            <translation>Acuse de recibo para %1 guardado en %2: envíelo al equipo de %1.</translation>
        </message>
        <message>
            <source>Import a publication</source>
            <translation>Importar una publicación</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>Publicación GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Ya hay una importación en curso; espere a que termine.</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <source>New action plan</source>
            <translation>Nuevo plan de acción</translation>
        </message>
        <message>
            <source>e.g. Grow and keep a high-quality teaching force</source>
            <translation>p. ej. Formar y retener un cuerpo docente de alta calidad</translation>
        </message>
        <message>
            <source>Plan title</source>
            <translation>Título del plan</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Empezar desde</translation>
        </message>
        <message>
            <source>A blank plan</source>
            <translation>Un plan en blanco</translation>
        </message>
        <message>
            <source>Cycle of inquiry</source>
            <translation>Ciclo de indagación</translation>
        </message>
        <message>
            <source>Innovation at scale</source>
            <translation>Innovación a escala</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Create plan</source>
            <translation>Crear plan</translation>
        </message>
        <message>
            <source>Start with an empty plan and add goals and actions yourself.</source>
            <translation>Empezar con un plan vacío y añadir usted mismo los objetivos y las acciones.</translation>
        </message>
        <message>
            <source>Inquiry → discussion → planning → action → review</source>
            <translation>Indagación → discusión → planificación → acción → revisión</translation>
        </message>
        <message>
            <source>Five goals, one per stage of the cycle, each with three actions to adapt. Goal due dates are spread over the plan's dates.</source>
            <translation>Cinco objetivos, uno por etapa del ciclo, cada uno con tres acciones para adaptar. Las fechas de los objetivos se reparten entre las fechas del plan.</translation>
        </message>
        <message>
            <source>Set goals, create flexibility, develop talent, build networks</source>
            <translation>Fijar objetivos, crear flexibilidad, desarrollar el talento, construir redes</translation>
        </message>
        <message>
            <source>Four goals, one per lever of innovation at scale, each with three actions to adapt.</source>
            <translation>Cuatro objetivos, uno por palanca de la innovación a escala, cada uno con tres acciones para adaptar.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Choose a note on the left, or press “New note” to write one.</source>
            <translation>Elija una nota a la izquierda o pulse «Nueva nota» para escribir una.</translation>
        </message>
        <message>
            <source>Note title</source>
            <translation>Título de la nota</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Note details</source>
            <translation>Detalles de la nota</translation>
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
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Simposio</translation>
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
                <numerusform>%Ln archivo</numerusform>
                <numerusform>%Ln archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>“%s” was deleted elsewhere while you typed; your text is kept (see Conflicts).</source>
            <translation>«%s» se eliminó en otro lugar mientras escribía; su texto se conserva (vea Conflictos).</translation>
        </message>
        <message>
            <source>Where this note is used</source>
            <translation>Dónde se usa esta nota</translation>
        </message>
        <message>
            <source>Details, tags and files</source>
            <translation>Detalles, etiquetas y archivos</translation>
        </message>
        <message>
            <source>Used as evidence in plan %s</source>
            <translation>Usada como evidencia en el plan %s</translation>
        </message>
        <message>
            <source>Related to %s</source>
            <translation>Relacionada con %s</translation>
        </message>
        <message>
            <source>Not used in any plan yet.</source>
            <translation>Aún no se usa en ningún plan.</translation>
        </message>
        <message>
            <source>A note needs a title.</source>
            <translation>Una nota necesita un título.</translation>
        </message>
        <message>
            <source>Rename note</source>
            <translation>Renombrar la nota</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>Cambiar etiquetas</translation>
        </message>
        <message>
            <source>Edit note text</source>
            <translation>Editar el texto de la nota</translation>
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
            <translation>Notas de sesiones, visitas de campo, reflexiones y reuniones.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nueva nota</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Save the open note as a document</source>
            <translation>Guardar la nota abierta como documento</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected notes</source>
            <translation>Eliminar las notas seleccionadas</translation>
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
            <translation>Modificada</translation>
        </message>
        <message>
            <source>No notes yet. Press “New note” (Ctrl+N) to write your first one.</source>
            <translation>Aún no hay notas. Pulse «Nueva nota» (Ctrl+N) para escribir la primera.</translation>
        </message>
        <message>
            <source>Filter notes by title</source>
            <translation>Filtrar notas por título</translation>
        </message>
        <message>
            <source>Show notes of kind</source>
            <translation>Mostrar notas del tipo</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Show notes of working group</source>
            <translation>Mostrar notas del grupo de trabajo</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Todos los grupos de trabajo</translation>
        </message>
        <message>
            <source>Untitled note</source>
            <translation>Nota sin título</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln notes</source>
            <translation>
                <numerusform>Eliminar %Ln nota</numerusform>
                <numerusform>Eliminar %Ln notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln notes to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>%Ln nota movida a la papelera. Deshacer la recupera.</numerusform>
                <numerusform>%Ln notas movidas a la papelera. Deshacer las recupera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Eliminar nota</translation>
        </message>
    </context>
    <context>
        <name>PeerTableModel</name>
        <message>
            <source>Teammate</source>
            <translation>Compañero de equipo</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Huella de la clave</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>De confianza</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Último intercambio</translation>
        </message>
        <message>
            <source>no key yet</source>
            <translation>aún sin clave</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
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
            <translation>Compañeros de equipo</translation>
        </message>
        <message>
            <source>Everyone whose bundles you imported. Before trusting a key, compare its fingerprint with the teammate, e.g. by phone.</source>
            <translation>Todas las personas cuyos paquetes ha importado. Antes de confiar en una clave, compare su huella con el compañero, p. ej. por teléfono.</translation>
        </message>
        <message>
            <source>Teammates and their keys</source>
            <translation>Compañeros de equipo y sus claves</translation>
        </message>
        <message>
            <source>No teammates yet. Import a bundle from one, or send them yours.</source>
            <translation>Aún no hay compañeros. Importe un paquete de uno de ellos o envíele el suyo.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Dismiss the refused bundles</source>
            <translation>Dejar de mostrar los paquetes rechazados</translation>
        </message>
        <message>
            <source>Trust this key</source>
            <translation>Confiar en esta clave</translation>
        </message>
        <message>
            <source>Trust the selected teammate's key</source>
            <translation>Confiar en la clave del compañero seleccionado</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions, the second in bundles from %2 (%1's store or theirs wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Algunos cambios de %1 llegaron en dos versiones distintas, la segunda en paquetes de %2 (la otra versión la escribió el equipo de %1 o el suyo); todos los equipos conservan la misma versión, y la otra se guarda como prueba.</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions (%1's store, or a teammate who passed them on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Algunos cambios de %1 llegaron en dos versiones distintas (la otra versión la escribió el equipo de %1 o un compañero que los transmitió); todos los equipos conservan la misma versión, y la otra se guarda como prueba.</translation>
        </message>
        <message>
            <source>Refused on %1 (%2): %3</source>
            <translation>Rechazado el %1 (%2): %3</translation>
        </message>
    </context>
    <context>
        <name>PeopleSection</name>
        <message>
            <source>People &amp; cities</source>
            <translation>Personas y ciudades</translation>
        </message>
        <message>
            <source>Your team's members and the cities of the network.</source>
            <translation>Los miembros de su equipo y las ciudades de la red.</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Añadir persona</translation>
        </message>
        <message>
            <source>Add city</source>
            <translation>Añadir ciudad</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>No team members yet. Add the people in your city team with “Add person”.</source>
            <translation>Aún no hay miembros del equipo. Añada a las personas de su equipo de ciudad con «Añadir persona».</translation>
        </message>
        <message>
            <source>Filter people by name</source>
            <translation>Filtrar personas por nombre</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>No cities yet. Add the cities of your network with “Add city”.</source>
            <translation>Aún no hay ciudades. Añada las ciudades de su red con «Añadir ciudad».</translation>
        </message>
        <message>
            <source>Filter cities by name</source>
            <translation>Filtrar ciudades por nombre</translation>
        </message>
        <message>
            <source>Team members</source>
            <translation>Miembros del equipo</translation>
        </message>
        <message>
            <source>Network cities</source>
            <translation>Ciudades de la red</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nueva persona</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>Nueva ciudad</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>Añadir %s</translation>
        </message>
        <message>
            <source>You cannot delete yourself; choose someone else in Preferences first.</source>
            <translation>No puede eliminarse a sí mismo; primero elija a otra persona en Preferencias.</translation>
        </message>
        <message>
            <source>Delete %s</source>
            <translation>Eliminar %s</translation>
        </message>
    </context>
    <context>
        <name>PlanBoard</name>
        <message>
            <source>Drag a card to another column to change its status, or select it and press Ctrl+Left / Ctrl+Right. Enter opens it.</source>
            <translation>Arrastre una tarjeta a otra columna para cambiar su estado, o selecciónela y pulse Ctrl+Izquierda / Ctrl+Derecha. Intro la abre.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Actions done</source>
            <translation>Acciones hechas</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>Exportar el plan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>Problema de práctica</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
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
            <translation>¿Qué prácticas de qué ciudades adapta este plan? Añádalas aquí para que la práctica muestre los planes basados en ella.</translation>
        </message>
        <message>
            <source>Adapted from which practices and cities?</source>
            <translation>¿Adaptado de qué prácticas y ciudades?</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <source>No evidence linked yet. Add the readings and notes (case studies, site-visit notes) this plan draws on.</source>
            <translation>Aún no hay evidencias vinculadas. Añada las lecturas y notas (estudios de caso, notas de visitas de campo) en las que se basa este plan.</translation>
        </message>
        <message>
            <source>Add readings and notes as evidence</source>
            <translation>Añadir lecturas y notas como evidencias</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>Objetivos y acciones</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <source>No plan open</source>
            <translation>Ningún plan abierto</translation>
        </message>
        <message>
            <source>An action plan turns a practice you studied into steps for your city: goals with indicators, actions with owners and dates. Start from a blank page or from the network's cycle of inquiry.</source>
            <translation>Un plan de acción convierte una práctica que estudió en pasos para su ciudad: objetivos con indicadores, acciones con responsables y fechas. Empiece desde una página en blanco o desde el ciclo de indagación de la red.</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Nuevo plan…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>A partir del ciclo de indagación…</translation>
        </message>
        <message>
            <source>owner: %s</source>
            <translation>responsable: %s</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%1 de %Ln acción hecha</numerusform>
                <numerusform>%1 de %Ln acciones hechas</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>Responsable del plan</translation>
        </message>
        <message>
            <source>Move plan to stage %s</source>
            <translation>Pasar el plan a la etapa %s</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n actions to %1.</source>
            <translation>
                <numerusform>Se guardó %n acción en %1.</numerusform>
                <numerusform>Se guardaron %n acciones en %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanFilterBar</name>
        <message>
            <source>Filter plans by title</source>
            <translation>Filtrar planes por título</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>Estado del plan</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
    </context>
    <context>
        <name>PlanListPanel</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Nuevo plan</translation>
        </message>
        <message>
            <source>Blank plan…</source>
            <translation>Plan en blanco…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>A partir del ciclo de indagación…</translation>
        </message>
        <message>
            <source>From innovation at scale…</source>
            <translation>A partir de la innovación a escala…</translation>
        </message>
        <message>
            <source>No plans yet. Start one with “New plan” — from a blank page or from the cycle of inquiry.</source>
            <translation>Aún no hay planes. Empiece uno con «Nuevo plan», desde una página en blanco o desde el ciclo de indagación.</translation>
        </message>
        <message>
            <source>No plan matches the filter. Clear it to see every plan.</source>
            <translation>Ningún plan coincide con el filtro. Bórrelo para ver todos los planes.</translation>
        </message>
    </context>
    <context>
        <name>PlansSection</name>
        <message>
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <source>Delete plan %s</source>
            <translation>Eliminar el plan %s</translation>
        </message>
        <message>
            <source>New plan %s</source>
            <translation>Nuevo plan %s</translation>
        </message>
    </context>
    <context>
        <name>PracticesSection</name>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>New practice</source>
            <translation>Nueva práctica</translation>
        </message>
        <message>
            <source>Filter practices by title</source>
            <translation>Filtrar prácticas por título</translation>
        </message>
        <message>
            <source>No practices yet. Add what you saw on a site visit or read in a case study: “New practice”.</source>
            <translation>Aún no hay prácticas. Añada lo que vio en una visita de campo o leyó en un estudio de caso: «Nueva práctica».</translation>
        </message>
        <message>
            <source>No practice matches the filter. Clear it to see them all.</source>
            <translation>Ninguna práctica coincide con el filtro. Bórrelo para verlas todas.</translation>
        </message>
        <message>
            <source>Adapt in a new plan…</source>
            <translation>Adaptar en un plan nuevo…</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan</source>
            <translation>Adaptar esta práctica en un plan nuevo</translation>
        </message>
        <message>
            <source>Delete this practice</source>
            <translation>Eliminar esta práctica</translation>
        </message>
        <message>
            <source>Plans that adapt it</source>
            <translation>Planes que la adaptan</translation>
        </message>
        <message>
            <source>No plan adapts this practice yet. “Adapt in a new plan…” starts one.</source>
            <translation>Ningún plan adapta aún esta práctica. «Adaptar en un plan nuevo…» crea uno.</translation>
        </message>
        <message>
            <source>No practice open</source>
            <translation>Ninguna práctica abierta</translation>
        </message>
        <message>
            <source>The portfolio holds what other cities do that works: what you saw on site visits and read in case studies, with the plans that adapt it here.</source>
            <translation>El portafolio reúne lo que funciona en otras ciudades: lo que vio en visitas de campo y leyó en estudios de caso, con los planes que lo adaptan aquí.</translation>
        </message>
        <message>
            <source>Choose a practice on the left, or add one with “New practice”.</source>
            <translation>Elija una práctica a la izquierda o añada una con «Nueva práctica».</translation>
        </message>
        <message>
            <source>Delete practice %s</source>
            <translation>Eliminar la práctica %s</translation>
        </message>
        <message>
            <source>Adapting: %s</source>
            <translation>Adaptando: %s</translation>
        </message>
        <message>
            <source>New plan adapting %s</source>
            <translation>Nuevo plan que adapta %s</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Nuevo plan</translation>
        </message>
        <message>
            <source>Adapt practice</source>
            <translation>Adaptar práctica</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Who you are</source>
            <translation>Quién es usted</translation>
        </message>
        <message>
            <source>— choose yourself —</source>
            <translation>— elíjase —</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>Usted es</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Carpeta compartida</translation>
        </message>
        <message>
            <source>A synced drive or USB folder your team uses</source>
            <translation>Una unidad sincronizada o carpeta USB que usa su equipo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>Elegir la carpeta compartida</translation>
        </message>
        <message>
            <source>A new language applies the next time GCEN Desktop starts. Who you are decides whose reading statuses you set and which readings Home shows as yours.</source>
            <translation>Un idioma nuevo se aplica la próxima vez que se inicie GCEN Desktop. Quién es usted determina de quién son los estados de lectura que marca y qué lecturas muestra Inicio como suyas.</translation>
        </message>
        <message>
            <source>You are now %s.</source>
            <translation>Ahora es %s.</translation>
        </message>
        <message>
            <source>%s: restart GCEN Desktop to see it in this language.</source>
            <translation>%s: reinicie GCEN Desktop para verlo en este idioma.</translation>
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
            <translation>Publicar en la red</translation>
        </message>
        <message>
            <source>What your team marked “Network”, for other cities: its current text, never its history; what is no longer marked is withdrawn.</source>
            <translation>Lo que su equipo marcó «Red», para otras ciudades: su texto actual, nunca su historial; lo que ya no está marcado se retira.</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Para:</translation>
        </message>
        <message>
            <source>Who the publication is for</source>
            <translation>A quién va dirigida la publicación</translation>
        </message>
        <message>
            <source>The network hub, or the name of one city you send it to directly.</source>
            <translation>El hub de la red, o el nombre de una ciudad a la que la envía directamente.</translation>
        </message>
        <message>
            <source>What changed since the last publication to it</source>
            <translation>Lo que cambió desde la última publicación para él</translation>
        </message>
        <message>
            <source>Everything published now</source>
            <translation>Todo lo que se publica ahora</translation>
        </message>
        <message>
            <source>For a receiver that lost a file, or one you never published to.</source>
            <translation>Para un destinatario que perdió un archivo, o al que nunca publicó.</translation>
        </message>
        <message>
            <source>Publish to the network…</source>
            <translation>Publicar en la red…</translation>
        </message>
        <message>
            <source>the network hub</source>
            <translation>el hub de la red</translation>
        </message>
        <message>
            <source>Nothing new to publish for %s.</source>
            <translation>Nada nuevo que publicar para %s.</translation>
        </message>
        <message numerus="yes">
            <source>For %1: %2 (%n of them sent before, not acknowledged yet).</source>
            <translation>
                <numerusform>Para %1: %2 (%n ya enviado, aún sin confirmar).</numerusform>
                <numerusform>Para %1: %2 (%n ya enviados, aún sin confirmar).</numerusform>
            </translation>
        </message>
        <message>
            <source>For %1: %2.</source>
            <translation>Para %1: %2.</translation>
        </message>
        <message>
            <source>Nothing to publish</source>
            <translation>Nada que publicar</translation>
        </message>
        <message>
            <source>Nothing changed for %s since your last publication to it. Choose “Everything published now” to send it all again, or mark records “Network” first.</source>
            <translation>Nada cambió para %s desde su última publicación. Elija «Todo lo que se publica ahora» para enviarlo todo de nuevo, o marque antes registros como «Red».</translation>
        </message>
        <message>
            <source>Publish for %1: %2?

Other cities get the current text of these records, never their history.</source>
            <translation>¿Publicar para %1: %2?

Las otras ciudades reciben el texto actual de estos registros, nunca su historial.</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>Publicar…</translation>
        </message>
        <message>
            <source>Save the publication as</source>
            <translation>Guardar la publicación como</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>Publicación GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>Escribiendo %s…</translation>
        </message>
        <message numerus="yes">
            <source>This publication was larger than one file may be, so it was saved as %Ln files, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.</source>
            <translation>
                <numerusform>Esta publicación superaba el tamaño de un solo archivo, así que se guardó en %Ln archivo, de %1 a %2 (%3 en total). Envíelos todos a %4; cada uno se importa por sí solo.</numerusform>
                <numerusform>Esta publicación superaba el tamaño de un solo archivo, así que se guardó en %Ln archivos, de %1 a %2 (%3 en total). Envíelos todos a %4; cada uno se importa por sí solo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1 (%2). Send it to %3.</source>
            <translation>Guardado %1 (%2). Envíelo a %3.</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %s. Make them smaller (or give them fewer tags, attachments or parts) and publish again.</source>
            <translation>Ninguna publicación puede llevar estos registros, así que se quedaron aquí y se publicó el resto: %s. Redúzcalos (o deles menos etiquetas, adjuntos o partes) y publique de nuevo.</translation>
        </message>
        <message>
            <source>Publication saved: %s</source>
            <translation>Publicación guardada: %s</translation>
        </message>
        <message>
            <source>%s '%s': too many tags, attachments or parts</source>
            <translation>%s «%s»: demasiadas etiquetas, adjuntos o partes</translation>
        </message>
        <message>
            <source>%s '%s': too large</source>
            <translation>%s «%s»: demasiado grande</translation>
        </message>
        <message>
            <source>%s '%s': its attachments are too large together</source>
            <translation>%s «%s»: sus adjuntos son demasiado grandes en conjunto</translation>
        </message>
        <message>
            <source>%s '%s': a value other cities cannot read</source>
            <translation>%s «%s»: un valor que las otras ciudades no pueden leer</translation>
        </message>
        <message>
            <source>Publishing cancelled; no file was written.</source>
            <translation>Publicación cancelada; no se escribió ningún archivo.</translation>
        </message>
    </context>
    <context>
        <name>PublishWords</name>
        <message numerus="yes">
            <source>%n practices</source>
            <translation>
                <numerusform>%n práctica</numerusform>
                <numerusform>%n prácticas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plans</source>
            <translation>
                <numerusform>%n plan</numerusform>
                <numerusform>%n planes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n readings</source>
            <translation>
                <numerusform>%n lectura</numerusform>
                <numerusform>%n lecturas</numerusform>
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
                <numerusform>%n simposio</numerusform>
                <numerusform>%n simposios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working groups</source>
            <translation>
                <numerusform>%n grupo de trabajo</numerusform>
                <numerusform>%n grupos de trabajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goals</source>
            <translation>
                <numerusform>%n objetivo</numerusform>
                <numerusform>%n objetivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda items</source>
            <translation>
                <numerusform>%n punto de la agenda</numerusform>
                <numerusform>%n puntos de la agenda</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 y %2</translation>
        </message>
        <message>
            <source>%1 with %2</source>
            <translation>%1 con %2</translation>
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
            <translation>Aceptar</translation>
        </message>
    </context>
    <context>
        <name>ReadingDetail</name>
        <message>
            <source>Choose a reading on the left, or press “Add reading”.</source>
            <translation>Elija una lectura a la izquierda o pulse «Añadir lectura».</translation>
        </message>
        <message>
            <source>My reading status</source>
            <translation>Mi estado de lectura</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>Mi estado</translation>
        </message>
        <message>
            <source>Reading status of each teammate</source>
            <translation>Estado de lectura de cada compañero</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
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
            <translation>Año</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Editorial</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>Publicado en</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Asignada a</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Por qué importa</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>PDF and files</source>
            <translation>PDF y archivos</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences to keep your own status.</source>
            <translation>Elija quién es usted en Preferencias para llevar su propio estado.</translation>
        </message>
        <message>
            <source>No teammate has marked it yet.</source>
            <translation>Ningún compañero la ha marcado todavía.</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>Marcar como %s</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>Cambiar etiquetas</translation>
        </message>
    </context>
    <context>
        <name>ReadingsSection</name>
        <message>
            <source>Readings</source>
            <translation>Lecturas</translation>
        </message>
        <message>
            <source>Case studies, background papers and reports the team reads.</source>
            <translation>Estudios de caso, documentos de referencia e informes que lee el equipo.</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>Añadir lectura</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Import readings from RIS, BibTeX or CSL-JSON</source>
            <translation>Importar lecturas desde RIS, BibTeX o CSL-JSON</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Export readings to RIS, BibTeX or CSL-JSON</source>
            <translation>Exportar lecturas a RIS, BibTeX o CSL-JSON</translation>
        </message>
        <message>
            <source>Readings shown…</source>
            <translation>Lecturas mostradas…</translation>
        </message>
        <message>
            <source>Selected readings…</source>
            <translation>Lecturas seleccionadas…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected readings</source>
            <translation>Eliminar las lecturas seleccionadas</translation>
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
            <translation>Año</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>Mi estado</translation>
        </message>
        <message>
            <source>No readings match. Add one with “Add reading”, import a RIS or BibTeX file, or clear the filters.</source>
            <translation>Ninguna lectura coincide. Añada una con «Añadir lectura», importe un archivo RIS o BibTeX, o borre los filtros.</translation>
        </message>
        <message>
            <source>Filter readings by title</source>
            <translation>Filtrar lecturas por título</translation>
        </message>
        <message>
            <source>Show readings of type</source>
            <translation>Mostrar lecturas del tipo</translation>
        </message>
        <message>
            <source>Show readings with my status</source>
            <translation>Mostrar lecturas con mi estado</translation>
        </message>
        <message>
            <source>Show readings of year</source>
            <translation>Mostrar lecturas del año</translation>
        </message>
        <message>
            <source>Show readings with tag</source>
            <translation>Mostrar lecturas con la etiqueta</translation>
        </message>
        <message>
            <source>Show readings of working group</source>
            <translation>Mostrar lecturas del grupo de trabajo</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Cualquier año</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Todos los grupos de trabajo</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln readings</source>
            <translation>
                <numerusform>Eliminar %Ln lectura</numerusform>
                <numerusform>Eliminar %Ln lecturas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln readings to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>%Ln lectura movida a la papelera. Deshacer la recupera.</numerusform>
                <numerusform>%Ln lecturas movidas a la papelera. Deshacer las recupera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading lists (%1);;All files (*)</source>
            <translation>Listas de lecturas (%1);;Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln more readings from %1.</source>
            <translation>
                <numerusform>Se importó %Ln lectura más desde %1.</numerusform>
                <numerusform>Se importaron %Ln lecturas más desde %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, as already in the workspace or repeated in the file (same DOI; or same title, year and first author; or same web address and title): %1.</source>
            <translation>Omitidas, por estar ya en el espacio de trabajo o repetidas en el archivo (mismo DOI; o mismo título, año y primer autor; o misma dirección web y título): %1.</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>y %1 más</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln readings to %1.</source>
            <translation>
                <numerusform>%Ln lectura exportada a %1.</numerusform>
                <numerusform>%Ln lecturas exportadas a %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete reading</source>
            <translation>Eliminar lectura</translation>
        </message>
        <message>
            <source>Import readings</source>
            <translation>Importar lecturas</translation>
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
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Import them anyway</source>
            <translation>Importarlas de todos modos</translation>
        </message>
        <message>
            <source>“%1” has the DOI of “%2”</source>
            <translation>«%1» tiene el DOI de «%2»</translation>
        </message>
        <message>
            <source>“%1” has the title, year and first author of “%2”</source>
            <translation>«%1» tiene el título, el año y el primer autor de «%2»</translation>
        </message>
        <message>
            <source>“%1” has the web address and title of “%2”</source>
            <translation>«%1» tiene la dirección web y el título de «%2»</translation>
        </message>
        <message>
            <source>“%1” looks like “%2”</source>
            <translation>«%1» se parece a «%2»</translation>
        </message>
        <message>
            <source>%1 (earlier in the file)</source>
            <translation>%1 (antes en el archivo)</translation>
        </message>
        <message>
            <source>Readings added from %1: %2.</source>
            <translation>Lecturas añadidas desde %1: %2.</translation>
        </message>
        <message>
            <source>Left out, as they could not be read: %1.</source>
            <translation>Descartadas, porque no se pudieron leer: %1.</translation>
        </message>
        <message>
            <source>Export readings</source>
            <translation>Exportar lecturas</translation>
        </message>
        <message>
            <source>Select the readings to export first.</source>
            <translation>Seleccione primero las lecturas que quiere exportar.</translation>
        </message>
        <message>
            <source>Export selected readings</source>
            <translation>Exportar las lecturas seleccionadas</translation>
        </message>
        <message>
            <source>No readings are shown, so there is nothing to export.</source>
            <translation>No se muestra ninguna lectura, así que no hay nada que exportar.</translation>
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
            <translation>Importación cancelada; no se cambió nada.</translation>
        </message>
        <message>
            <source>another city</source>
            <translation>otra ciudad</translation>
        </message>
        <message>
            <source>This publication says it comes from %1, and it is signed by a key you have not trusted for that city yet. Its fingerprint is:

%2

Ask %1's team for the fingerprint of their key (by phone, or on the network hub's page) and trust it only if the two are the same.</source>
            <translation>Esta publicación dice venir de %1 y está firmada con una clave en la que aún no confió para esa ciudad. Su huella es:

%2

Pida al equipo de %1 la huella de su clave (por teléfono, o en la página del hub de la red) y confíe en ella solo si las dos son iguales.</translation>
        </message>
        <message>
            <source>A key you have not trusted yet</source>
            <translation>Una clave en la que aún no confió</translation>
        </message>
        <message>
            <source>Trust it and import</source>
            <translation>Confiar en ella e importar</translation>
        </message>
        <message numerus="yes">
            <source>%1 holds %n of your published records; your next publication for it carries only what it lacks.</source>
            <translation>
                <numerusform>%1 tiene %n de sus registros publicados; su próxima publicación para esa ciudad llevará solo lo que le falta.</numerusform>
                <numerusform>%1 tiene %n de sus registros publicados; su próxima publicación para esa ciudad llevará solo lo que le falta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrived</source>
            <translation>
                <numerusform>%n recibida</numerusform>
                <numerusform>%n recibidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizada</numerusform>
                <numerusform>%n actualizadas</numerusform>
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
            <translation>%1: nada nuevo en esta publicación.</translation>
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
            <translation>(eliminado)</translation>
        </message>
        <message>
            <source>A newer version of GCEN Desktop set this; update it to change this value.</source>
            <translation>Una versión más reciente de GCEN Desktop fijó este valor; actualice la aplicación para cambiarlo.</translation>
        </message>
        <message>
            <source>Teammates wrote different values here; see Conflicts.</source>
            <translation>Los compañeros escribieron valores distintos aquí; vea Conflictos.</translation>
        </message>
        <message>
            <source>Other cities get its current text when your team publishes to the network, not its history.</source>
            <translation>Las otras ciudades reciben su texto actual cuando su equipo publica en la red, no su historial.</translation>
        </message>
        <message>
            <source>%s was not changed: type a date like %s or %s.</source>
            <translation>%s no se cambió: escriba una fecha como %s o %s.</translation>
        </message>
        <message>
            <source>%s cannot be empty.</source>
            <translation>%s no puede estar vacío.</translation>
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
            <translation>Escriba para buscar por título…</translation>
        </message>
        <message>
            <source>Find by title</source>
            <translation>Buscar por título</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Tipo de registro</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Matching records</source>
            <translation>Registros coincidentes</translation>
        </message>
        <message>
            <source>Nothing matches. Try fewer letters, or create the record first.</source>
            <translation>No hay coincidencias. Pruebe con menos letras o cree primero el registro.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
    </context>
    <context>
        <name>RecordSection</name>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>SavedFileDialog</name>
        <message>
            <source>Export finished</source>
            <translation>Exportación terminada</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the saved file</source>
            <translation>Abrir el archivo guardado</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <source>Show the saved file in its folder</source>
            <translation>Mostrar el archivo guardado en su carpeta</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the workspace</source>
            <translation>Buscar en el espacio de trabajo</translation>
        </message>
        <message>
            <source>Search notes, readings, plans, people…</source>
            <translation>Buscar notas, lecturas, planes, personas…</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Texto de búsqueda</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Type a few words; results are grouped by kind. Enter opens the first.</source>
            <translation>Escriba algunas palabras; los resultados se agrupan por tipo. Intro abre el primero.</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or different words.</source>
            <translation>No se encontró nada. Pruebe con menos palabras o con otras.</translation>
        </message>
        <message>
            <source>Still indexing a recent import; some results may be missing.</source>
            <translation>Todavía se está indexando una importación reciente; puede que falten algunos resultados.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln results. Enter opens the selected one.</source>
            <translation>
                <numerusform>%Ln resultado. Intro lo abre.</numerusform>
                <numerusform>%Ln resultados. Intro abre el seleccionado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedFolderPanel</name>
        <message>
            <source>Shared folder</source>
            <translation>Carpeta compartida</translation>
        </message>
        <message>
            <source>If your team shares a folder (a synced drive), GCEN Desktop puts your bundle there and imports your teammates' bundles every five minutes.</source>
            <translation>Si su equipo comparte una carpeta (una unidad sincronizada), GCEN Desktop deja ahí su paquete e importa los paquetes de sus compañeros cada cinco minutos.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Elegir carpeta…</translation>
        </message>
        <message>
            <source>Stop using it</source>
            <translation>Dejar de usarla</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Look at it…</source>
            <translation>Revisarlo…</translation>
        </message>
        <message>
            <source>Open the bundle with its preview, then decide</source>
            <translation>Abrir el paquete con su vista previa y luego decidir</translation>
        </message>
        <message>
            <source>Not available in this build.</source>
            <translation>No disponible en esta versión.</translation>
        </message>
        <message>
            <source>No shared folder. Bundles travel by USB stick or e-mail.</source>
            <translation>No hay carpeta compartida. Los paquetes viajan por memoria USB o correo electrónico.</translation>
        </message>
        <message>
            <source>Choose the folder your team shares</source>
            <translation>Elija la carpeta que comparte su equipo</translation>
        </message>
        <message>
            <source>Last sync: nothing new from teammates.</source>
            <translation>Última sincronización: nada nuevo de los compañeros.</translation>
        </message>
        <message>
            <source>Last sync brought in one bundle.</source>
            <translation>La última sincronización incorporó un paquete.</translation>
        </message>
        <message numerus="yes">
            <source>Last sync brought in %Ln bundles.</source>
            <translation>
                <numerusform>La última sincronización incorporó %Ln paquete.</numerusform>
                <numerusform>La última sincronización incorporó %Ln paquetes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %s</source>
            <translation>La última sincronización falló: %s</translation>
        </message>
        <message>
            <source>Waiting for you (not imported automatically):</source>
            <translation>Esperan su decisión (no se importaron automáticamente):</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>Could not open the workspace</source>
            <translation>No se pudo abrir el espacio de trabajo</translation>
        </message>
        <message>
            <source>Open a workspace folder</source>
            <translation>Abrir una carpeta de espacio de trabajo</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Nuevo espacio de trabajo</translation>
        </message>
        <message>
            <source>That folder is empty. Create a new workspace in it?</source>
            <translation>Esa carpeta está vacía. ¿Crear en ella un nuevo espacio de trabajo?</translation>
        </message>
        <message>
            <source>Create a workspace…</source>
            <translation>Crear un espacio de trabajo…</translation>
        </message>
        <message>
            <source>No workspace there</source>
            <translation>No hay ningún espacio de trabajo ahí</translation>
        </message>
        <message>
            <source>That folder holds no GCEN workspace; pick the folder you created it in, or an empty folder for a new workspace.</source>
            <translation>Esa carpeta no contiene ningún espacio de trabajo GCEN; elija la carpeta donde lo creó, o una carpeta vacía para un espacio de trabajo nuevo.</translation>
        </message>
        <message>
            <source>That workspace is open in another window, which is now in front.</source>
            <translation>Ese espacio de trabajo está abierto en otra ventana, que ahora está al frente.</translation>
        </message>
    </context>
    <context>
        <name>StageBar</name>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>Etapa del ciclo de indagación</translation>
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
            <translation>Simposio</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Symposia</source>
            <translation>Simposios</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>Nuevo simposio</translation>
        </message>
        <message>
            <source>Filter by title</source>
            <translation>Filtrar por título</translation>
        </message>
        <message>
            <source>No symposia or meetings yet. Add the next one with “New symposium” to plan its agenda and prep checklist.</source>
            <translation>Aún no hay simposios ni reuniones. Añada el próximo con «Nuevo simposio» para planificar su programa y su lista de preparación.</translation>
        </message>
        <message>
            <source>Nothing matches the filter. Clear it to see every event.</source>
            <translation>Nada coincide con el filtro. Bórrelo para ver todos los eventos.</translation>
        </message>
        <message>
            <source>Delete symposium %s</source>
            <translation>Eliminar el simposio %s</translation>
        </message>
    </context>
    <context>
        <name>SymposiumEditor</name>
        <message>
            <source>Briefing pack</source>
            <translation>Dossier informativo</translation>
        </message>
        <message>
            <source>Export the briefing pack</source>
            <translation>Exportar el dossier informativo</translation>
        </message>
        <message>
            <source>Agenda calendar…</source>
            <translation>Programa como calendario…</translation>
        </message>
        <message>
            <source>Save the agenda as a calendar file (iCalendar)</source>
            <translation>Guardar el programa como archivo de calendario (iCalendar)</translation>
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
            <translation>Ciudad anfitriona</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Who is going? Add the team members taking part.</source>
            <translation>¿Quién va? Añada a los miembros del equipo que participan.</translation>
        </message>
        <message>
            <source>Add participants</source>
            <translation>Añadir participantes</translation>
        </message>
        <message>
            <source>Readings and notes to prepare with</source>
            <translation>Lecturas y notas para prepararse</translation>
        </message>
        <message>
            <source>Link the readings and notes participants should see before they travel.</source>
            <translation>Vincule las lecturas y notas que los participantes deben ver antes de viajar.</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>Vincular lecturas y notas</translation>
        </message>
        <message>
            <source>Notes taken at this event</source>
            <translation>Notas tomadas en este evento</translation>
        </message>
        <message>
            <source>Notes whose symposium is this one appear here.</source>
            <translation>Aquí aparecen las notas cuyo simposio es este.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>en %Ln día</numerusform>
                <numerusform>en %Ln días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln prep items done</source>
            <translation>
                <numerusform>%1 de %Ln tarea de preparación hecha</numerusform>
                <numerusform>%1 de %Ln tareas de preparación hechas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n agenda items to %1.</source>
            <translation>
                <numerusform>Se guardó %n sesión del programa en %1.</numerusform>
                <numerusform>Se guardaron %n sesiones del programa en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Prep checklist</source>
            <translation>Lista de preparación</translation>
        </message>
        <message>
            <source>Readings and notes</source>
            <translation>Lecturas y notas</translation>
        </message>
        <message>
            <source>No symposium open</source>
            <translation>Ningún simposio abierto</translation>
        </message>
        <message>
            <source>Plan the next symposium or working-group meeting here: its days and sessions, who goes, what to prepare and read, and a briefing pack to share.</source>
            <translation>Planifique aquí el próximo simposio o reunión del grupo de trabajo: sus días y sesiones, quién va, qué preparar y leer, y un dossier informativo para compartir.</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>Nuevo simposio</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync with your team</source>
            <translation>Sincronizar con su equipo</translation>
        </message>
        <message>
            <source>Share with other cities</source>
            <translation>Compartir con otras ciudades</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Sync information is not available: %s</source>
            <translation>La información de sincronización no está disponible: %s</translation>
        </message>
        <message>
            <source>Last exchange: %s.</source>
            <translation>Último intercambio: %s.</translation>
        </message>
        <message>
            <source>No bundles exchanged yet. Export one for your team, or import the one a teammate sent you.</source>
            <translation>Aún no se han intercambiado paquetes. Exporte uno para su equipo o importe el que le envió un compañero.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importar un paquete</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>Paquete GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Ya hay una importación en curso; espere a que termine.</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>Deshacer la última importación</translation>
        </message>
        <message>
            <source>Put the workspace back as it was just before the last import? What the import added or changed is taken out again.</source>
            <translation>¿Devolver el espacio de trabajo al estado en que estaba justo antes de la última importación? Lo que la importación añadió o cambió se retira.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Deshacer la importación</translation>
        </message>
        <message>
            <source>The last import was undone.</source>
            <translation>Se deshizo la última importación.</translation>
        </message>
        <message>
            <source>export for the team</source>
            <translation>exportación para el equipo</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etiquetas, separadas por comas</translation>
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
            <translation>Zona horaria del programa</translation>
        </message>
        <message>
            <source>The agenda of “%1” lists local times, but its host city does not say which time zone they are in. Choose the time zone of the place where it is held:</source>
            <translation>El programa de «%1» indica horas locales, pero su ciudad anfitriona no dice en qué zona horaria están. Elija la zona horaria del lugar donde se celebra:</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado el</translation>
        </message>
    </context>
    <context>
        <name>TrashSection</name>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <source>Deleted records stay here until you restore them or delete them permanently.</source>
            <translation>Los registros eliminados permanecen aquí hasta que los restaure o los elimine definitivamente.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restore the selected records</source>
            <translation>Restaurar los registros seleccionados</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Eliminar definitivamente</translation>
        </message>
        <message>
            <source>Delete the selected records permanently</source>
            <translation>Eliminar definitivamente los registros seleccionados</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vaciar la papelera</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>Vaciar la papelera</translation>
        </message>
        <message>
            <source>Deleted records</source>
            <translation>Registros eliminados</translation>
        </message>
        <message>
            <source>The trash is empty. Anything you delete appears here and can be restored.</source>
            <translation>La papelera está vacía. Todo lo que elimine aparece aquí y se puede restaurar.</translation>
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
            <translation>Restaurar de la papelera</translation>
        </message>
        <message>
            <source>Teammates who already have them keep them: your deletion reaches them with your bundles, and their copies stay in their own trash until they empty theirs.</source>
            <translation>Los compañeros que ya los tienen los conservan: su eliminación les llega con sus paquetes, y sus copias quedan en su propia papelera hasta que la vacíen.</translation>
        </message>
        <message>
            <source>Delete the selected records permanently? What they say is removed from this computer; they cannot be restored, and this cannot be undone.</source>
            <translation>¿Eliminar definitivamente los registros seleccionados? Su contenido se borra de este equipo; no se podrán restaurar y no se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete everything in the trash permanently? What it says is removed from this computer; nothing in it can be restored, and this cannot be undone.</source>
            <translation>¿Eliminar definitivamente todo lo que hay en la papelera? Su contenido se borra de este equipo; nada se podrá restaurar y no se puede deshacer.</translation>
        </message>
        <message>
            <source>Deleted permanently.</source>
            <translation>Eliminado definitivamente.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <source>the team</source>
            <translation>el equipo</translation>
        </message>
        <message>
            <source>Teammate using this workspace</source>
            <translation>Compañero que usa este espacio de trabajo</translation>
        </message>
        <message>
            <source>Changes not yet shared</source>
            <translation>Cambios aún sin compartir</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Último intercambio</translation>
        </message>
        <message>
            <source>Workspace state</source>
            <translation>Estado del espacio de trabajo</translation>
        </message>
        <message>
            <source>Counting changes not yet shared…</source>
            <translation>Contando los cambios aún sin compartir…</translation>
        </message>
        <message>
            <source>Read-only: this workspace can be read but not changed</source>
            <translation>Solo lectura: este espacio de trabajo se puede leer pero no modificar</translation>
        </message>
        <message>
            <source>Damaged: changes are refused; restore a backup or join the workspace again</source>
            <translation>Dañado: se rechazan los cambios; restaure una copia de seguridad o vuelva a unirse al espacio de trabajo</translation>
        </message>
        <message>
            <source>You: %s</source>
            <translation>Usted: %s</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences</source>
            <translation>Elija quién es usted en Preferencias</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not yet shared</source>
            <translation>
                <numerusform>%Ln cambio aún sin compartir</numerusform>
                <numerusform>%Ln cambios aún sin compartir</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything shared</source>
            <translation>Todo compartido</translation>
        </message>
        <message>
            <source>Last exchange with %s</source>
            <translation>Último intercambio con %s</translation>
        </message>
        <message>
            <source>No exchange yet</source>
            <translation>Aún sin intercambios</translation>
        </message>
    </context>
    <context>
        <name>WriterNames</name>
        <message>
            <source>you (this computer)</source>
            <translation>usted (este equipo)</translation>
        </message>
        <message>
            <source>a teammate (%s…)</source>
            <translation>un compañero (%s…)</translation>
        </message>
    </context>
    <context>
        <name>_CitiesPage</name>
        <message>
            <source>Practices from this city</source>
            <translation>Prácticas de esta ciudad</translation>
        </message>
        <message>
            <source>No practice in the portfolio comes from this city yet. Set a practice's city on the “Practices” screen.</source>
            <translation>Ninguna práctica del portafolio procede aún de esta ciudad. Elija la ciudad de una práctica en la pantalla «Prácticas».</translation>
        </message>
    </context>
    <context>
        <name>_MembersPage</name>
        <message>
            <source>This is you.</source>
            <translation>Es usted.</translation>
        </message>
        <message>
            <source>Working groups: %s</source>
            <translation>Grupos de trabajo: %s</translation>
        </message>
        <message>
            <source>Not in a working group yet.</source>
            <translation>Aún no está en ningún grupo de trabajo.</translation>
        </message>
    </context>
    <context>
        <name>Deleting</name>
        <message>
            <source>They go to the trash with it, and Undo brings them all back.</source>
            <translation>Todo ello va también a la papelera; Deshacer lo recupera todo.</translation>
        </message>
        <message>
            <source>This plan has %1.</source>
            <translation>Este plan tiene %1.</translation>
        </message>
        <message>
            <source>This plan has %1 and %2.</source>
            <translation>Este plan tiene %1 y %2.</translation>
        </message>
        <message>
            <source>This goal has %1.</source>
            <translation>Este objetivo tiene %1.</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>¿Eliminar «%1»?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>This symposium has %1.</source>
            <translation>Este simposio tiene %1.</translation>
        </message>
        <message>
            <source>This symposium has %1 and %2.</source>
            <translation>Este simposio tiene %1 y %2.</translation>
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
            <translation>Documento de Word</translation>
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
            <translation>Hoja de cálculo (CSV)</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Hoja de cálculo</translation>
        </message>
        <message>
            <source>Calendar (iCalendar)</source>
            <translation>Calendario (iCalendar)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
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
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Simposio</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Sesión del programa</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Elemento de la lista</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <source>Reading status</source>
            <translation>Estado de lectura</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Adjunto</translation>
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
            <translation>Nombre</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Compartido con</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>Problema de práctica</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ciudad anfitriona</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
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
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Orden</translation>
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
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Simposio</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Autores</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Editorial</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>Publicado en</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Por qué importa</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Asignada a</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Results and evidence</source>
            <translation>Resultados y evidencias</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>Responsable del plan</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea de base</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>Rinde cuentas</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
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
            <translation>Privado (solo este equipo)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Network (other cities may see it)</source>
            <translation>Red (otras ciudades pueden verlo)</translation>
        </message>
        <message>
            <source>Superintendent</source>
            <translation>Superintendente</translation>
        </message>
        <message>
            <source>Senior leader</source>
            <translation>Alto directivo</translation>
        </message>
        <message>
            <source>Content expert</source>
            <translation>Experto en contenidos</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>Parte interesada</translation>
        </message>
        <message>
            <source>Practitioner-leader</source>
            <translation>Líder docente</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Estudio de caso</translation>
        </message>
        <message>
            <source>Background paper</source>
            <translation>Documento de referencia</translation>
        </message>
        <message>
            <source>Meeting report</source>
            <translation>Informe de reunión</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Libro</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Página web</translation>
        </message>
        <message>
            <source>To read</source>
            <translation>Por leer</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Leyendo</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Leída</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>Comentada</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Visita de campo</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Simposio</translation>
        </message>
        <message>
            <source>Working-group meeting</source>
            <translation>Reunión del grupo de trabajo</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Seminario web</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <source>Expert talk</source>
            <translation>Charla de experto</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Plenary</source>
            <translation>Plenaria</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>Indagación</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discusión</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloqueada</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Symposium briefing pack</source>
            <translation>Dossier informativo del simposio</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Índice</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>Etapa del ciclo de indagación</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>Responsable del plan</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Adapted from</source>
            <translation>Adaptado de</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>Ciudades</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>Objetivos y acciones</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Actions done: {done} of {total}</source>
            <translation>Acciones hechas: {done} de {total}</translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>Aún no hay acciones.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <source>Readings from the team's reading list that this plan draws on.</source>
            <translation>Lecturas de la lista del equipo en las que se basa este plan.</translation>
        </message>
        <message>
            <source>The team's notes this plan draws on are in the appendix.</source>
            <translation>Las notas del equipo en las que se basa este plan están en el anexo.</translation>
        </message>
        <message>
            <source>Appendix: linked notes</source>
            <translation>Anexo: notas vinculadas</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>No hay nada registrado.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>No font on this computer can draw these characters; each shows as �: {chars}.</source>
            <translation>Ninguna fuente de este ordenador puede dibujar estos caracteres; cada uno aparece como �: {chars}.</translation>
        </message>
        <message>
            <source>Prepared with GCEN Desktop on {date}</source>
            <translation>Preparado con GCEN Desktop el {date}</translation>
        </message>
        <message>
            <source>For circulation within the {network}.</source>
            <translation>Para circulación dentro de la {network}.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Day {day}</source>
            <translation>Día {day}</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
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
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>Lista de preparación</translation>
        </message>
        <message>
            <source>Items done: {done} of {total}</source>
            <translation>Elementos hechos: {done} de {total}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Assigned readings</source>
            <translation>Lecturas asignadas</translation>
        </message>
        <message>
            <source>Team notes by working group</source>
            <translation>Notas del equipo por grupo de trabajo</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>Otras notas</translation>
        </message>
        <message>
            <source>Status of the team's plans</source>
            <translation>Estado de los planes del equipo</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
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
            <translation>Acciones e hitos</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>Vence: {title}</translation>
        </message>
        <message>
            <source>Milestone: {title}</source>
            <translation>Hito: {title}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Give --format (%(formats)s) or a file name ending in one of them.</source>
            <translation>Indique --format (%(formats)s) o un nombre de archivo que termine en uno de ellos.</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; pass it with --tz, e.g. --tz Asia/Seoul.</source>
            <translation>La zona horaria de «%(title)s» no se sabe por su ciudad anfitriona; indíquela con --tz, p. ej. --tz Asia/Seoul.</translation>
        </message>
        <message>
            <source>A network publication is always signed and never encrypted; leave out --no-sign, --passphrase-file and --recipient.</source>
            <translation>Una publicación para la red siempre va firmada y nunca cifrada; quite --no-sign, --passphrase-file y --recipient.</translation>
        </message>
        <message>
            <source>%(folder)s holds no workspace; a network publication is imported into a workspace ('gcen init' makes one).</source>
            <translation>%(folder)s no contiene ningún espacio de trabajo; una publicación de la red se importa en un espacio de trabajo ('gcen init' crea uno).</translation>
        </message>
        <message>
            <source>A network publication is not previewed; 'gcen network import' takes it into the network library, where nothing is the team's own.</source>
            <translation>Una publicación de la red no tiene vista previa; 'gcen network import' la guarda en la biblioteca de la red, donde nada es del equipo.</translation>
        </message>
        <message>
            <source>Expected --FIELD VALUE, got '%(token)s'.</source>
            <translation>Se esperaba --FIELD VALUE, pero se recibió '%(token)s'.</translation>
        </message>
        <message>
            <source>--%(name)s needs a value.</source>
            <translation>--%(name)s necesita un valor.</translation>
        </message>
        <message>
            <source>No single %(types)s is called '%(name)s'; give its id instead.</source>
            <translation>No hay un único registro de tipo %(types)s llamado '%(name)s'; indique su id en su lugar.</translation>
        </message>
        <message>
            <source>Use --set FIELD=VALUE, not '%(item)s'.</source>
            <translation>Use --set FIELD=VALUE, no '%(item)s'.</translation>
        </message>
        <message>
            <source>The workspace check found problems (listed above); restore the workspace folder from a backup, or join the workspace again from a teammate's full bundle, and keep a copy of this folder to ask for help.</source>
            <translation>La comprobación del espacio de trabajo encontró problemas (indicados arriba); restaure la carpeta del espacio de trabajo desde una copia de seguridad, o vuelva a unirse al espacio de trabajo desde el paquete completo de un compañero de equipo, y guarde una copia de esta carpeta para pedir ayuda.</translation>
        </message>
        <message>
            <source>The identity file %(path)s is not a regular file; save the identity in a file and give its name.</source>
            <translation>El archivo de identidad %(path)s no es un archivo normal; guarde la identidad en un archivo e indique su nombre.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is not a regular file; save the passphrase in a file and give its name.</source>
            <translation>El archivo de frase de contraseña %(path)s no es un archivo normal; guarde la frase de contraseña en un archivo e indique su nombre.</translation>
        </message>
        <message>
            <source>The identity file %(path)s is longer than %(limit)d bytes; check that it is the right file.</source>
            <translation>El archivo de identidad %(path)s ocupa más de %(limit)d bytes; compruebe que es el archivo correcto.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is longer than %(limit)d bytes; a passphrase is one line, check that it is the right file.</source>
            <translation>El archivo de frase de contraseña %(path)s ocupa más de %(limit)d bytes; una frase de contraseña es una línea, compruebe que es el archivo correcto.</translation>
        </message>
        <message>
            <source>The identity file %(path)s cannot be read; check the name.</source>
            <translation>No se puede leer el archivo de identidad %(path)s; compruebe el nombre.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s cannot be read; check the name.</source>
            <translation>No se puede leer el archivo de frase de contraseña %(path)s; compruebe el nombre.</translation>
        </message>
        <message>
            <source>The file %(path)s holds no age identity (a line starting AGE-SECRET-KEY-).</source>
            <translation>El archivo %(path)s no contiene ninguna identidad age (una línea que empiece por AGE-SECRET-KEY-).</translation>
        </message>
        <message>
            <source>%(refusal)s (--preview shows it; --once imports it once; --yes trusts the key that signed it.)</source>
            <translation>%(refusal)s (--preview lo muestra; --once lo importa una vez; --yes confía en la clave que lo firmó.)</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s to preview against; import without --preview to join.</source>
            <translation>No hay ningún espacio de trabajo en %(folder)s con el que hacer la vista previa; importe sin --preview para unirse.</translation>
        </message>
        <message>
            <source>--as-copies cannot be previewed; import the copies, then 'gcen undo-import' if unwanted.</source>
            <translation>--as-copies no admite vista previa; importe las copias y después use 'gcen undo-import' si no las quiere.</translation>
        </message>
        <message>
            <source>%(refusal)s To copy its records into this workspace, add --as-copies.</source>
            <translation>%(refusal)s Para copiar sus registros en este espacio de trabajo, añada --as-copies.</translation>
        </message>
        <message>
            <source>'%(field)s' cannot be empty.</source>
            <translation>'%(field)s' no puede estar vacío.</translation>
        </message>
        <message>
            <source>'%(field)s' is longer than %(limit)d characters.</source>
            <translation>'%(field)s' tiene más de %(limit)d caracteres.</translation>
        </message>
        <message>
            <source>'%(field)s' contains a NUL character, which other teammates' stores cannot hold; remove it and try again.</source>
            <translation>'%(field)s' contiene un carácter NUL, que las copias de los compañeros de equipo no pueden guardar; quítelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>'%(field)s' holds text that is not valid Unicode (a lone surrogate); type or paste it again.</source>
            <translation>'%(field)s' contiene texto que no es Unicode válido (un sustituto suelto); escríbalo o péguelo de nuevo.</translation>
        </message>
        <message>
            <source>'%(value)s' is not an order key for '%(field)s' (e.g. a0); move the record instead.</source>
            <translation>'%(value)s' no es una clave de orden para '%(field)s' (p. ej. a0); mueva el registro en su lugar.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a date for '%(field)s': use YYYY-MM-DD, e.g. 2026-03-14.</source>
            <translation>'%(value)s' no es una fecha para '%(field)s': use AAAA-MM-DD, p. ej. 2026-03-14.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a time for '%(field)s': use HH:MM.</source>
            <translation>'%(value)s' no es una hora para '%(field)s': use HH:MM.</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number.</source>
            <translation>'%(field)s' debe ser un número entero.</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number, not '%(value)s'.</source>
            <translation>'%(field)s' debe ser un número entero, no '%(value)s'.</translation>
        </message>
        <message>
            <source>'%(field)s' is too large a number; use one of at most 18 digits.</source>
            <translation>'%(field)s' es un número demasiado grande; use uno de 18 cifras como máximo.</translation>
        </message>
        <message>
            <source>'%(field)s' must be yes or no, not '%(value)s'.</source>
            <translation>'%(field)s' debe ser sí o no (yes/no), no '%(value)s'.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a %(field)s; choose one of: %(choices)s.</source>
            <translation>'%(value)s' no es un valor válido de %(field)s; elija uno de: %(choices)s.</translation>
        </message>
        <message>
            <source>'%(field)s' must be the id of a record, not '%(value)s'.</source>
            <translation>'%(field)s' debe ser el id de un registro, no '%(value)s'.</translation>
        </message>
        <message>
            <source>A %(type)s has no field '%(field)s'; its fields are: %(fields)s.</source>
            <translation>Un registro de tipo %(type)s no tiene el campo '%(field)s'; sus campos son: %(fields)s.</translation>
        </message>
        <message>
            <source>A new %(type)s needs '%(field)s' (e.g. --%(field)s "...").</source>
            <translation>Un registro nuevo de tipo %(type)s necesita '%(field)s' (p. ej. --%(field)s "...").</translation>
        </message>
        <message>
            <source>'%(name)s' is not a record type; use one of: %(types)s.</source>
            <translation>'%(name)s' no es un tipo de registro; use uno de: %(types)s.</translation>
        </message>
        <message>
            <source>'%(field)s' is too large to send to teammates: this change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take (control characters and some scripts take several bytes each); shorten it and try again.</source>
            <translation>'%(field)s' es demasiado grande para enviarlo a los compañeros de equipo: este cambio de un elemento %(type)s ocuparía %(size)s en un paquete, más de los %(limit)s que puede ocupar un cambio (los caracteres de control y algunas escrituras ocupan varios bytes cada uno); acórtelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take; it cannot be sent to teammates.</source>
            <translation>Este cambio de un elemento %(type)s ocuparía %(size)s en un paquete, más de los %(limit)s que puede ocupar un cambio; no se puede enviar a los compañeros de equipo.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>La exportación se canceló; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>GCEN_PDF_FONT names %(path)s, which is not a font file; fix or unset it.</source>
            <translation>GCEN_PDF_FONT indica %(path)s, que no es un archivo de fuente; corrija esa variable o elimínela.</translation>
        </message>
        <message>
            <source>No font covering Chinese, Korean and accented text was found for the PDF; install Noto Sans CJK (Debian/Ubuntu: 'sudo apt install fonts-noto-cjk') or set GCEN_PDF_FONT to a .ttf/.otf/.ttc file, then export again.</source>
            <translation>No se encontró ninguna fuente para el PDF que cubra chino, coreano y caracteres acentuados; instale Noto Sans CJK (Debian/Ubuntu: 'sudo apt install fonts-noto-cjk') o indique en GCEN_PDF_FONT un archivo .ttf/.otf/.ttc, y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The Word template %(path)s does not exist; pick a .docx file or leave it out.</source>
            <translation>La plantilla de Word %(path)s no existe; elija un archivo .docx o no la indique.</translation>
        </message>
        <message>
            <source>Cannot tell the format of %(name)s; name it with one of the extensions %(extensions)s, or give --format %(formats)s.</source>
            <translation>No se reconoce el formato de %(name)s; póngale una de las extensiones %(extensions)s, o indique --format %(formats)s.</translation>
        </message>
        <message>
            <source>Cannot read %(path)s: %(reason)s; check the path.</source>
            <translation>No se puede leer %(path)s: %(reason)s; compruebe la ruta.</translation>
        </message>
        <message>
            <source>%(name)s is %(size)s MB, more than a reading list can be (%(limit)s MB); export a smaller selection and import that.</source>
            <translation>%(name)s ocupa %(size)s MB, más de lo que puede ocupar una lista de lecturas (%(limit)s MB); exporte una selección más pequeña e impórtela.</translation>
        </message>
        <message>
            <source>%(name)s cannot be read as %(encoding)s (%(reason)s); try another --encoding.</source>
            <translation>%(name)s no se puede leer como %(encoding)s (%(reason)s); pruebe otro --encoding.</translation>
        </message>
        <message>
            <source>%(name)s is not UTF-8 text: line %(line)s holds bytes that are not UTF-8; export it again as UTF-8 (Zotero does by default), or name its encoding with --encoding (e.g. cp1252).</source>
            <translation>%(name)s no es texto UTF-8: la línea %(line)s contiene bytes que no son UTF-8; expórtelo de nuevo como UTF-8 (Zotero lo hace de forma predeterminada) o indique su codificación con --encoding (p. ej. cp1252).</translation>
        </message>
        <message>
            <source>%(name)s is not a text file (binary data on line %(line)s); pick the exported reading list.</source>
            <translation>%(name)s no es un archivo de texto (datos binarios en la línea %(line)s); elija la lista de lecturas exportada.</translation>
        </message>
        <message>
            <source>The file holds no readings: no BibTeX entries were found; an entry looks like '@article{key, title = {...}}'.</source>
            <translation>El archivo no contiene lecturas: no se encontró ninguna entrada BibTeX; una entrada tiene este aspecto: '@article{key, title = {...}}'.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation>La importación se canceló; no se añadió nada.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s, column %(column)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>El archivo no es JSON válido (línea %(line)s, columna %(column)s: %(reason)s); exporte de nuevo el CSL JSON o corrija ese punto.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>El archivo no es JSON válido (línea %(line)s: %(reason)s); exporte de nuevo el CSL JSON o corrija ese punto.</translation>
        </message>
        <message>
            <source>The JSON file is not CSL-JSON: it should be a list of items with 'type' and 'title'.</source>
            <translation>El archivo JSON no es CSL-JSON: debería ser una lista de elementos con 'type' y 'title'.</translation>
        </message>
        <message>
            <source>The file holds no readings: the CSL-JSON list is empty.</source>
            <translation>El archivo no contiene lecturas: la lista CSL-JSON está vacía.</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found (line %(line)s is not RIS); a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>El archivo no contiene lecturas: no se encontró ningún registro RIS (la línea %(line)s no es RIS); un registro RIS empieza por 'TY  - ' y termina con 'ER  - '.</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found; a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>El archivo no contiene lecturas: no se encontró ningún registro RIS; un registro RIS empieza por 'TY  - ' y termina con 'ER  - '.</translation>
        </message>
        <message>
            <source>The style file %(path)s could not be read (%(reason)s); fix it or leave it out.</source>
            <translation>No se pudo leer el archivo de estilo %(path)s (%(reason)s); corríjalo o no lo indique.</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist or cannot be read.</source>
            <translation>El archivo %(path)s no existe o no se puede leer.</translation>
        </message>
        <message>
            <source>%(name)s is larger than the %(limit)s a file attached to a record may be (teammates could not receive it); share it another way, or attach a smaller copy.</source>
            <translation>%(name)s supera los %(limit)s que puede ocupar un archivo adjunto a un registro (sus compañeros no podrían recibirlo); compártalo de otra forma o adjunte una copia más pequeña.</translation>
        </message>
        <message>
            <source>Could not store %(name)s: %(reason)s. Free some disk space and try again.</source>
            <translation>No se pudo guardar %(name)s: %(reason)s. Libere espacio en disco y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The file '%(name)s' has not arrived yet; ask a teammate for a full bundle.</source>
            <translation>El archivo '%(name)s' aún no ha llegado; pida un paquete completo a un compañero de equipo.</translation>
        </message>
        <message>
            <source>This export was larger than one bundle may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; your teammate imports each one, and a new teammate joins with the first.</source>
            <translation>Esta exportación superaba el tamaño de un solo paquete, así que se escribió en %(count)d archivos (%(size)s en total, de %(first)s a %(last)s): envíelos todos; su compañero importa cada uno, y un compañero nuevo se une con el primero.</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %(records)s; edit that field (or delete the record) and export again.</source>
            <translation>Una versión que ningún paquete puede llevar (escrita por una versión anterior de GCEN Desktop) se quedó aquí y se envió el resto: %(records)s; edite ese campo (o elimine el elemento) y exporte de nuevo.</translation>
        </message>
        <message>
            <source>The bundle file %(file)s is not the file that was previewed (its SHA-256 differs), so nothing was imported; preview it again and look at what it holds now.</source>
            <translation>El archivo del paquete %(file)s no es el archivo cuya vista previa se mostró (su SHA-256 es otro), así que no se importó nada; vuelva a ver su vista previa y mire lo que contiene ahora.</translation>
        </message>
        <message>
            <source>The bundle file %(file)s, previewed as coming from %(name)s, changed after its preview, so nothing was imported; open it again and look at the new preview.</source>
            <translation>El archivo del paquete %(file)s, que la vista previa mostraba como venido de %(name)s, cambió después de la vista previa, así que no se importó nada; ábralo de nuevo y revise la nueva vista previa.</translation>
        </message>
        <message>
            <source>'%(mode)s' is not a kind of export; choose team, peer or full.</source>
            <translation>'%(mode)s' no es un tipo de exportación; elija team, peer o full.</translation>
        </message>
        <message>
            <source>Choose the teammate to export for.</source>
            <translation>Elija el compañero de equipo para quien exportar.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the bundle.</source>
            <translation>La carpeta %(folder)s no existe; elija otro lugar para el paquete.</translation>
        </message>
        <message>
            <source>There is no file %(path)s; check the name and try again.</source>
            <translation>No hay ningún archivo %(path)s; compruebe el nombre y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>There is no import to undo: the workspace changed since the last import, or nothing was imported.</source>
            <translation>No hay ninguna importación que deshacer: el espacio de trabajo cambió desde la última importación, o no se importó nada.</translation>
        </message>
        <message>
            <source>The field '%(field)s' of that record has no conflict; 'gcen conflicts' lists them.</source>
            <translation>El campo '%(field)s' de ese registro no tiene conflicto; 'gcen conflicts' enumera los conflictos.</translation>
        </message>
        <message>
            <source>Give either a version number to pick or a new value, not both.</source>
            <translation>Indique un número de versión para elegir o un valor nuevo, pero no ambos.</translation>
        </message>
        <message>
            <source>That field cannot be set.</source>
            <translation>Ese campo no se puede establecer.</translation>
        </message>
        <message>
            <source>That record has no deletion to settle.</source>
            <translation>Ese registro no tiene ninguna eliminación que resolver.</translation>
        </message>
        <message>
            <source>For a deletion, pick %(keep)d to keep the record or %(delete)d to delete it.</source>
            <translation>Para una eliminación, elija %(keep)d para conservar el registro o %(delete)d para eliminarlo.</translation>
        </message>
        <message>
            <source>Pick a version between 1 and %(count)d.</source>
            <translation>Elija una versión entre 1 y %(count)d.</translation>
        </message>
        <message>
            <source>This bundle is from this workspace; import it as usual, not as copies.</source>
            <translation>Este paquete es de este espacio de trabajo; impórtelo como siempre, no como copias.</translation>
        </message>
        <message>
            <source>The workspace changed while the import was starting; import the bundle again.</source>
            <translation>El espacio de trabajo cambió mientras empezaba la importación; vuelva a importar el paquete.</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' in this bundle cannot be copied: %(reason)s Nothing was imported.</source>
            <translation>El elemento %(type)s '%(title)s' de este paquete no se puede copiar: %(reason)s No se importó nada.</translation>
        </message>
        <message>
            <source>No %(what)s has the id '%(id)s'; 'gcen list %(what)s' shows the ids.</source>
            <translation>Ningún registro de tipo %(what)s tiene el id '%(id)s'; 'gcen list %(what)s' muestra los ids.</translation>
        </message>
        <message>
            <source>The %(what)s '%(title)s' is private; set its visibility to team or network to share it.</source>
            <translation>El registro de tipo %(what)s '%(title)s' es privado; cambie su visibilidad a equipo o red para compartirlo.</translation>
        </message>
        <message>
            <source>A %(what)s can be saved as %(allowed)s, not '%(format)s'; pick one of those.</source>
            <translation>Un registro de tipo %(what)s se puede guardar como %(allowed)s, no como '%(format)s'; elija uno de esos formatos.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose an existing folder to save into.</source>
            <translation>La carpeta %(folder)s no existe; elija una carpeta existente donde guardar.</translation>
        </message>
        <message>
            <source>Could not write %(name)s: %(reason)s; check the folder is writable and has space.</source>
            <translation>No se pudo escribir %(name)s: %(reason)s; compruebe que la carpeta admite escritura y tiene espacio.</translation>
        </message>
        <message>
            <source>'%(zone)s' is not a time zone; give a name such as Asia/Seoul, Europe/Paris or America/New_York.</source>
            <translation>«%(zone)s» no es una zona horaria; indique un nombre como Asia/Seoul, Europe/Paris o America/New_York.</translation>
        </message>
        <message>
            <source>The symposium '%(title)s' has no start date; set one so the agenda has days.</source>
            <translation>El simposio '%(title)s' no tiene fecha de inicio; indique una para que el programa tenga días.</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; choose the time zone its times are in.</source>
            <translation>La zona horaria de «%(title)s» no se sabe por su ciudad anfitriona; elija la zona horaria de sus horas.</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; import the bundle into it instead.</source>
            <translation>Ya hay un espacio de trabajo en %(folder)s; importe el paquete en él.</translation>
        </message>
        <message>
            <source>The bundle file changed after you checked it; choose it again, check who made it, then join.</source>
            <translation>El archivo del paquete cambió después de que lo comprobara; elíjalo de nuevo, compruebe quién lo hizo y luego únase.</translation>
        </message>
        <message>
            <source>Enter your name, then join the workspace again.</source>
            <translation>Escriba su nombre y vuelva a unirse al espacio de trabajo.</translation>
        </message>
        <message>
            <source>This publication was larger than one file may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; each one is imported on its own.</source>
            <translation>Esta publicación superaba el tamaño de un solo archivo, así que se escribió en %(count)d archivos (%(size)s en total, de %(first)s a %(last)s): envíelos todos; cada uno se importa por sí solo.</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %(records)s; make them smaller (or fewer tags, attachments or parts) and publish again.</source>
            <translation>Ninguna publicación puede llevar estos registros, así que se quedaron aquí y se publicó el resto: %(records)s; redúzcalos (o sus etiquetas, adjuntos o partes) y publique de nuevo.</translation>
        </message>
        <message>
            <source>The receiving city's name is empty; give it after --for, or leave --for out to publish for the network hub.</source>
            <translation>El nombre de la ciudad destinataria está vacío; indíquelo después de --for, u omita --for para publicar para el hub de la red.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the publication.</source>
            <translation>La carpeta %(folder)s no existe; elija otro lugar para la publicación.</translation>
        </message>
        <message>
            <source>This publication is this workspace's own; teammates exchange bundles instead.</source>
            <translation>Esta publicación es de este mismo espacio de trabajo; entre compañeros se intercambian paquetes.</translation>
        </message>
        <message>
            <source>This file mixes up a hub's digest and a city's publication (workspace %(ws)s); it was refused and nothing was changed.</source>
            <translation>Este archivo confunde el resumen de un hub con la publicación de una ciudad (espacio de trabajo %(ws)s); se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>This receipt names no city (or the hub), so it acknowledges nothing; it was refused and nothing was changed.</source>
            <translation>Este acuse de recibo no nombra ninguna ciudad (o nombra el hub), así que no confirma nada; se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>This receipt of %(city)s is for another workspace; it was refused and nothing was changed.</source>
            <translation>Este acuse de recibo de %(city)s es para otro espacio de trabajo; se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the receipt.</source>
            <translation>La carpeta %(folder)s no existe; elija otro lugar para el acuse de recibo.</translation>
        </message>
        <message>
            <source>The city's name is empty; give the name (or the workspace id) of the city whose publications the receipt is for after --for.</source>
            <translation>El nombre de la ciudad está vacío; indique después de --for el nombre (o el identificador del espacio de trabajo) de la ciudad a cuyas publicaciones se refiere el recibo.</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; a receipt is written for a city whose publication was imported here.</source>
            <translation>La biblioteca de la red no tiene nada de %(city)s; un acuse de recibo se escribe para una ciudad cuya publicación se importó aquí.</translation>
        </message>
        <message>
            <source>No key you trust for %(city)s signed this publication (key %(fingerprint)s); compare the fingerprint with that city's team, then import it again trusting the key.</source>
            <translation>Ninguna clave en la que confíe para %(city)s firmó esta publicación (clave %(fingerprint)s); compare la huella con el equipo de esa ciudad y vuelva a importarla confiando en la clave.</translation>
        </message>
        <message>
            <source>The network library holds no publication %(rec)s; 'gcen network list' shows them.</source>
            <translation>La biblioteca de la red no contiene la publicación %(rec)s; 'gcen network list' las muestra.</translation>
        </message>
        <message>
            <source>Several cities published a record with the id %(rec)s (%(cities)s); name the city with --city.</source>
            <translation>Varias ciudades publicaron un registro con el identificador %(rec)s (%(cities)s); indique la ciudad con --city.</translation>
        </message>
        <message>
            <source>Only a practice can be adapted in a new plan; this is a %(type)s.</source>
            <translation>Solo una práctica puede adaptarse en un plan nuevo; esto es un elemento de tipo %(type)s.</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; 'gcen network list' shows the cities.</source>
            <translation>La biblioteca de la red no contiene nada de %(city)s; «gcen network list» muestra las ciudades.</translation>
        </message>
        <message>
            <source>This digest has a line that names no city; it was refused and nothing was changed.</source>
            <translation>Este resumen tiene una línea que no nombra ninguna ciudad; se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>This digest names a workspace as %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed (ask the hub's operator which one is %(city)s).</source>
            <translation>Este resumen presenta un espacio de trabajo como %(city)s, pero otro espacio de trabajo ya publica como %(city)s; se rechazó y no se cambió nada (pregunte al operador del hub cuál es %(city)s).</translation>
        </message>
        <message>
            <source>This publication says it is from the workspace %(claimed)s, but the key that signed it speaks for %(city)s; it was refused and nothing was changed.</source>
            <translation>Esta publicación dice venir del espacio de trabajo %(claimed)s, pero la clave que la firmó habla por %(city)s; se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>This publication says it is from %(claimed)s, but its workspace publishes as %(city)s; it was refused and nothing was changed.</source>
            <translation>Esta publicación dice venir de %(claimed)s, pero su espacio de trabajo publica como %(city)s; se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>This publication says it is from %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed.</source>
            <translation>Esta publicación dice venir de %(city)s, pero otro espacio de trabajo ya publica como %(city)s; se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>This publication withdraws a record %(city)s never published here (%(rec)s); it was refused and nothing was changed.</source>
            <translation>Esta publicación retira un elemento que %(city)s nunca publicó aquí (%(rec)s); se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>This publication changes the type of a record it published before (%(rec)s); it was refused and nothing was changed.</source>
            <translation>Esta publicación cambia el tipo de un elemento que publicó antes (%(rec)s); se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only and holds no keys to sign a bundle with; copy it to a folder you can write to, then export from there.</source>
            <translation>El espacio de trabajo en %(folder)s es de solo lectura y no tiene claves para firmar un paquete; cópielo a una carpeta en la que pueda escribir y exporte desde allí.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>No teammate is called '%(name)s' (known: %(known)s); import a bundle from them first, or export --team.</source>
            <translation>Ningún compañero de equipo se llama '%(name)s' (conocidos: %(known)s); importe primero un paquete suyo, o exporte con --team.</translation>
        </message>
        <message>
            <source>Several teammates match '%(name)s'; give the store id shown by 'gcen peers' instead.</source>
            <translation>Varios compañeros de equipo coinciden con '%(name)s'; indique en su lugar el id de copia que muestra 'gcen peers'.</translation>
        </message>
        <message>
            <source>%(teammate)s has sent no signed bundle yet; there is no key to trust.</source>
            <translation>%(teammate)s aún no ha enviado ningún paquete firmado; no hay ninguna clave en la que confiar.</translation>
        </message>
        <message>
            <source>There is no plan template '%(key)s'; choose one of: %(templates)s.</source>
            <translation>No existe la plantilla de plan '%(key)s'; elija una de: %(templates)s.</translation>
        </message>
        <message>
            <source>The plan ends before it starts; put the end date after the start date.</source>
            <translation>El plan termina antes de empezar; ponga la fecha de fin después de la de inicio.</translation>
        </message>
        <message>
            <source>Cannot sort by '%(order)s'.</source>
            <translation>No se puede ordenar por '%(order)s'.</translation>
        </message>
        <message>
            <source>'%(format)s' is not a reading-list format; use %(formats)s.</source>
            <translation>'%(format)s' no es un formato de lista de lecturas; use %(formats)s.</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist; check the name and folder.</source>
            <translation>El archivo %(path)s no existe; compruebe el nombre y la carpeta.</translation>
        </message>
        <message>
            <source>%(shown)s and %(more)s more</source>
            <translation>%(shown)s y %(more)s más</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the 1 good one and leave these out (--skip-bad).</source>
            <translation>No se pudieron leer %(bad)s de los %(total)s registros de %(name)s — %(shown)s; no se importó nada. Corríjalos, o importe el único registro correcto y deje estos fuera (--skip-bad).</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the %(good)s good ones and leave these out (--skip-bad).</source>
            <translation>No se pudieron leer %(bad)s de los %(total)s registros de %(name)s — %(shown)s; no se importó nada. Corríjalos, o importe los %(good)s registros correctos y deje estos fuera (--skip-bad).</translation>
        </message>
        <message>
            <source>No record in %(name)s could be read — %(shown)s; nothing was imported.</source>
            <translation>No se pudo leer ningún registro de %(name)s — %(shown)s; no se importó nada.</translation>
        </message>
        <message>
            <source>No symposium has the id '%(id)s'; 'gcen list symposium' shows the ids.</source>
            <translation>Ningún simposio tiene el id '%(id)s'; 'gcen list symposium' muestra los ids.</translation>
        </message>
        <message>
            <source>No reading has the id '%(id)s'.</source>
            <translation>Ninguna lectura tiene el id '%(id)s'.</translation>
        </message>
        <message>
            <source>This workspace already holds the sample city team; start a new workspace to add it again.</source>
            <translation>Este espacio de trabajo ya contiene el equipo municipal de ejemplo; cree un espacio de trabajo nuevo para añadirlo otra vez.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; create it or choose another one.</source>
            <translation>La carpeta %(folder)s no existe; créela o elija otra.</translation>
        </message>
        <message>
            <source>Choose a shared folder first.</source>
            <translation>Elija primero una carpeta compartida.</translation>
        </message>
        <message>
            <source>The shared folder %(folder)s cannot be found; is the drive connected?</source>
            <translation>No se encuentra la carpeta compartida %(folder)s; ¿está conectada la unidad?</translation>
        </message>
        <message>
            <source>The workspace itself cannot be deleted.</source>
            <translation>El propio espacio de trabajo no se puede eliminar.</translation>
        </message>
        <message>
            <source>That record could not be brought back from the trash; run 'gcen check' and tell the GCEN Desktop team if it reports a problem.</source>
            <translation>No se pudo sacar ese elemento de la papelera; ejecute 'gcen check' y avise al equipo de GCEN Desktop si informa de un problema.</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'.</source>
            <translation>Ningún registro tiene el id '%(id)s'.</translation>
        </message>
        <message>
            <source>That record is not deleted; there is nothing to restore.</source>
            <translation>Ese registro no está eliminado; no hay nada que restaurar.</translation>
        </message>
        <message>
            <source>Its %(type)s '%(title)s' is in the trash; restore that first.</source>
            <translation>El registro al que pertenece (de tipo %(type)s, '%(title)s') está en la papelera; restáurelo primero.</translation>
        </message>
        <message>
            <source>'%(title)s' is not in the trash; delete it first.</source>
            <translation>«%(title)s» no está en la papelera; elimínelo primero.</translation>
        </message>
        <message>
            <source>That record has no deletion to dismiss.</source>
            <translation>Ese registro no tiene ninguna eliminación que descartar.</translation>
        </message>
        <message>
            <source>%(path)s is inside the workspace folder %(folder)s, whose files are the workspace's own; nothing was written, so give a file name in another folder.</source>
            <translation>%(path)s está dentro de la carpeta del espacio de trabajo %(folder)s, cuyos archivos son del propio espacio de trabajo; no se ha escrito nada, así que indique un nombre de archivo en otra carpeta.</translation>
        </message>
        <message>
            <source>Joining the workspace in %(folder)s was interrupted, so what is there is incomplete; join the workspace again into this folder from the bundle (what the interrupted join wrote is replaced), or choose another folder.</source>
            <translation>La unión al espacio de trabajo en %(folder)s se interrumpió, así que lo que hay está incompleto; vuelva a unirse al espacio de trabajo en esta carpeta desde el paquete (lo que escribió la unión interrumpida se reemplaza) o elija otra carpeta.</translation>
        </message>
        <message>
            <source>The folder %(folder)s holds an unfinished workspace; run 'gcen init' there again.</source>
            <translation>La carpeta %(folder)s contiene un espacio de trabajo sin terminar; vuelva a ejecutar 'gcen init' en ella.</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; open it or pick another folder.</source>
            <translation>Ya hay un espacio de trabajo en %(folder)s; ábralo o elija otra carpeta.</translation>
        </message>
        <message>
            <source>A %(type)s is not created directly.</source>
            <translation>Un registro de tipo %(type)s no se crea directamente.</translation>
        </message>
        <message>
            <source>The workspace needs a name.</source>
            <translation>El espacio de trabajo necesita un nombre.</translation>
        </message>
        <message>
            <source>'%(kind)s' links go from %(start)s to %(to)s, not from %(first)s to %(second)s; check the order and the ids.</source>
            <translation>Los vínculos '%(kind)s' van de %(start)s a %(to)s, no de %(first)s a %(second)s; compruebe el orden y los ids.</translation>
        </message>
        <message>
            <source>any record</source>
            <translation>cualquier registro</translation>
        </message>
        <message>
            <source>Choose who you are first (Preferences, or 'gcen init --member NAME').</source>
            <translation>Indique primero quién es usted (Preferencias, o 'gcen init --member NAME').</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'; 'gcen list TYPE' shows the ids.</source>
            <translation>Ningún registro tiene el id '%(id)s'; 'gcen list TYPE' muestra los ids.</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' is in the trash; restore it first.</source>
            <translation>El registro de tipo %(type)s '%(title)s' está en la papelera; restáurelo primero.</translation>
        </message>
        <message>
            <source>No %(type)s has the id '%(id)s'.</source>
            <translation>Ningún registro de tipo %(type)s tiene el id '%(id)s'.</translation>
        </message>
        <message>
            <source>'%(id)s' is a %(type)s, not a %(wanted)s.</source>
            <translation>'%(id)s' es de tipo %(type)s, no %(wanted)s.</translation>
        </message>
        <message>
            <source>'%(field)s' names no existing record ('%(value)s').</source>
            <translation>'%(field)s' no nombra ningún registro existente ('%(value)s').</translation>
        </message>
        <message>
            <source>'%(field)s' must be a %(types)s, but '%(value)s' is a %(type)s.</source>
            <translation>'%(field)s' debe ser de tipo %(types)s, pero '%(value)s' es de tipo %(type)s.</translation>
        </message>
        <message>
            <source>A tag cannot be empty.</source>
            <translation>Una etiqueta no puede estar vacía.</translation>
        </message>
        <message>
            <source>The tag '%(tag)s…' is longer than %(limit)d characters; use a shorter one.</source>
            <translation>La etiqueta «%(tag)s…» tiene más de %(limit)d caracteres; use una más corta.</translation>
        </message>
        <message>
            <source>The tag '%(tag)s' holds a character other teammates' stores cannot keep (a NUL, or a lone surrogate from a broken paste); type it again.</source>
            <translation>La etiqueta '%(tag)s' contiene un carácter que las copias de los demás compañeros no pueden guardar (un NUL, o un sustituto suelto de un pegado defectuoso); escríbala de nuevo.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(reason)s), so nothing was changed; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>El espacio de trabajo en %(folder)s está dañado (%(reason)s), así que no se cambió nada; ejecute 'gcen check' para ver qué falla y luego restaure la carpeta del espacio de trabajo desde una copia de seguridad o vuelva a unirse al espacio de trabajo desde el paquete completo de un compañero de equipo.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so it takes no changes; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>El espacio de trabajo en %(folder)s está dañado, así que no acepta cambios; ejecute 'gcen check' para ver qué falla y luego restaure la carpeta del espacio de trabajo desde una copia de seguridad o vuelva a unirse al espacio de trabajo desde el paquete completo de un compañero de equipo.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so no bundle was written; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>El espacio de trabajo en %(folder)s está dañado, así que no se escribió ningún paquete; ejecute 'gcen check' para ver qué falla y luego restaure la carpeta del espacio de trabajo desde una copia de seguridad o vuelva a unirse al espacio de trabajo desde el paquete completo de un compañero de equipo.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(count)d stored changes no longer match their fingerprint), so no bundle was written; run 'gcen check', then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>El espacio de trabajo en %(folder)s está dañado (%(count)d cambios guardados ya no coinciden con su huella), así que no se escribió ningún paquete; ejecute 'gcen check' y luego restaure la carpeta del espacio de trabajo desde una copia de seguridad o vuelva a unirse al espacio de trabajo desde el paquete completo de un compañero de equipo.</translation>
        </message>
        <message>
            <source>The bundle says record %(id)s is a %(other)s, but it is a %(known)s: the file is damaged or forged, so nothing was imported. Ask your teammate for a new bundle.</source>
            <translation>El paquete dice que el registro %(id)s es de tipo %(other)s, pero es de tipo %(known)s: el archivo está dañado o falsificado, así que no se importó nada. Pida un paquete nuevo a su compañero de equipo.</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s; create one with 'gcen init --name NAME' or pick another folder with --workspace.</source>
            <translation>No hay ningún espacio de trabajo en %(folder)s; cree uno con 'gcen init --name NAME' o elija otra carpeta con --workspace.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was made by an older version and cannot be brought up to date because the folder is read-only; copy it to a folder you can write to and open it there.</source>
            <translation>El espacio de trabajo en %(folder)s se creó con una versión anterior y no se puede actualizar porque la carpeta es de solo lectura; cópielo a una carpeta en la que pueda escribir y ábralo allí.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace in %(folder)s, so nothing was changed; free some space, then try again.</source>
            <translation>No hay suficiente espacio libre en el disco del espacio de trabajo en %(folder)s, así que no se cambió nada; libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was brought up to date by a newer version of GCEN Desktop, which this version cannot read; update GCEN Desktop, then open it again.</source>
            <translation>El espacio de trabajo en %(folder)s fue actualizado por una versión más reciente de GCEN Desktop, que esta versión no puede leer; actualice GCEN Desktop y vuelva a abrirlo.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only (a backup copy, or a folder you may not change), so it can be read but not changed; copy it to a folder you can write to, or open your own workspace.</source>
            <translation>El espacio de trabajo en %(folder)s es de solo lectura (una copia de seguridad o una carpeta que usted no puede modificar), así que se puede leer pero no modificar; cópielo a una carpeta en la que pueda escribir o abra su propio espacio de trabajo.</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, but it says it comes from %(name)s's store, whose bundles are signed by another key, so it was refused; if %(name)s moved to a new computer, a bundle made there comes from a new store and is accepted once you trust its key.</source>
            <translation>Este paquete está firmado con la clave %(fingerprint)s%(signer)s, pero dice venir de la copia de %(name)s, cuyos paquetes se firman con otra clave, así que se rechazó; si %(name)s cambió de ordenador, un paquete hecho allí viene de una copia nueva y se acepta en cuanto confíe en su clave.</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, which speaks for another store, but it says it comes from %(name)s's store, so it was refused; %(name)s's own bundles are accepted once you trust their key.</source>
            <translation>Este paquete está firmado con la clave %(fingerprint)s%(signer)s, que habla por otra copia, pero dice venir de la copia de %(name)s, así que se rechazó; los paquetes propios de %(name)s se aceptarán una vez que confíe en su clave.</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace '%(name)s', not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>Este paquete pertenece a otro espacio de trabajo, '%(name)s', no a este; abra ese espacio de trabajo (o únase a él desde una carpeta vacía) para importarlo, o importe sus registros como copias.</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace, not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>Este paquete pertenece a otro espacio de trabajo, no a este; abra ese espacio de trabajo (o únase a él desde una carpeta vacía) para importarlo, o importe sus registros como copias.</translation>
        </message>
        <message>
            <source>This bundle holds changes made by a copy of a store that reuses another store's identity (a copied or restored workspace folder), so it was refused; ask the sender to export a new full bundle after opening their workspace in GCEN Desktop once more.</source>
            <translation>Este paquete contiene cambios hechos por una copia del espacio de trabajo que reutiliza la identidad de otra copia (una carpeta de espacio de trabajo copiada o restaurada), así que se rechazó; pida al remitente que exporte un paquete completo nuevo después de abrir una vez más su espacio de trabajo en GCEN Desktop.</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, claims changes of this very workspace copy that it never made, and no key you trust signed it, so it was refused as forged or damaged; ask %(name)s for a bundle signed with their key.</source>
            <translation>Este paquete, que dice venir de %(name)s, afirma traer cambios de esta misma copia del espacio de trabajo que ella nunca hizo, y ninguna clave de su confianza lo firmó, así que se rechazó por falsificado o dañado; pida a %(name)s un paquete firmado con su clave.</translation>
        </message>
        <message>
            <source>This bundle is signed by a key this store does not trust yet (%(fingerprint)s); look at the preview, then import it once without trusting the key, or check the fingerprint with the sender and trust it.</source>
            <translation>Este paquete está firmado con una clave en la que esta copia del espacio de trabajo aún no confía (%(fingerprint)s); revise la vista previa y luego impórtelo una vez sin confiar en la clave, o compruebe la huella con el remitente y confíe en ella.</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, is not signed, so nothing shows who made it; look at the preview, then import it once if you know where it came from.</source>
            <translation>Este paquete, que dice venir de %(name)s, no está firmado, así que nada indica quién lo hizo; revise la vista previa y luego impórtelo una vez si sabe de dónde viene.</translation>
        </message>
        <message>
            <source>This encrypted bundle's header is damaged; copy the file again or ask the sender for a new one.</source>
            <translation>La cabecera de este paquete cifrado está dañada; copie el archivo de nuevo o pida uno nuevo al remitente.</translation>
        </message>
        <message>
            <source>This encrypted bundle is damaged or incomplete (it does not decrypt); copy the file again or ask the sender for a new one.</source>
            <translation>Este paquete cifrado está dañado o incompleto (no se descifra); copie el archivo de nuevo o pida uno nuevo al remitente.</translation>
        </message>
        <message>
            <source>The passphrase is empty; type a passphrase, or export without one.</source>
            <translation>La frase de contraseña está vacía; escriba una frase de contraseña, o exporte sin ella.</translation>
        </message>
        <message>
            <source>This bundle would be %(size)s, more than the %(limit)s a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>Este paquete ocuparía %(size)s, más de los %(limit)s que puede ocupar un paquete; exporte para un solo compañero de equipo en lugar de un paquete completo.</translation>
        </message>
        <message>
            <source>The bundle could not be written (%(reason)s); check that the destination has free space and is writable, then export again.</source>
            <translation>No se pudo escribir el paquete (%(reason)s); compruebe que el destino tiene espacio libre y admite escritura, y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The file name %(name)s is too long for this folder (a bundle's name may have %(most)d bytes here); give a shorter name, then export again.</source>
            <translation>El nombre de archivo %(name)s es demasiado largo para esta carpeta (el nombre de un paquete puede tener %(most)d bytes aquí); indique un nombre más corto y vuelva a exportar.</translation>
        </message>
        <message>
            <source>'%(key)s' is not a teammate's public key (it starts with age1); check the key and export again.</source>
            <translation>'%(key)s' no es la clave pública de un compañero de equipo (empieza por age1); compruebe la clave y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The bundle read back from the destination differs from what was written, so it was removed; try another USB stick or folder.</source>
            <translation>El paquete releído desde el destino no coincide con lo que se escribió, así que se eliminó; pruebe con otra memoria USB u otra carpeta.</translation>
        </message>
        <message>
            <source>This bundle would be larger than a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>Este paquete sería mayor de lo que puede ser un paquete; exporte para un solo compañero de equipo en lugar de un paquete completo.</translation>
        </message>
        <message>
            <source>This bundle would hold %(count)d attachments, more than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>Este paquete llevaría %(count)d adjuntos, más de los que puede llevar un paquete; exporte para un solo compañero de equipo en lugar de un paquete completo.</translation>
        </message>
        <message>
            <source>This bundle would carry more changes than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>Este paquete llevaría más cambios de los que puede llevar un paquete; exporte para un solo compañero de equipo en lugar de un paquete completo.</translation>
        </message>
        <message>
            <source>The change to record %(id)s is larger than a bundle may carry (%(size)s); shorten that record and export again.</source>
            <translation>El cambio del registro %(id)s es mayor de lo que puede llevar un paquete (%(size)s); acorte ese registro y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The attachment %(name)s is larger than the %(limit)s a bundle may carry; share it another way.</source>
            <translation>El adjunto %(name)s supera los %(limit)s que puede llevar un paquete; compártalo de otra manera.</translation>
        </message>
        <message>
            <source>The attachment file %(name)s no longer matches its recorded content (it was changed or damaged on disk); restore it or remove the attachment, then export again.</source>
            <translation>El archivo adjunto %(name)s ya no coincide con su contenido registrado (se modificó o dañó en el disco); restáurelo o quite el adjunto, y vuelva a exportar.</translation>
        </message>
        <message>
            <source>This bundle's description would be larger than a bundle allows; export for one teammate instead of a full bundle.</source>
            <translation>La descripción de este paquete sería mayor de lo que permite un paquete; exporte para un solo compañero de equipo en lugar de un paquete completo.</translation>
        </message>
        <message>
            <source>The bundle did not read back as written; check the disk and export again.</source>
            <translation>El paquete no se releyó tal como se escribió; compruebe el disco y vuelva a exportar.</translation>
        </message>
        <message>
            <source>This encrypted bundle has an oversized header, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este paquete cifrado tiene una cabecera desmesurada, así que se rechazó; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This bundle is wrapped in more layers of encryption than bundles ever use, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este paquete está envuelto en más capas de cifrado de las que usa nunca un paquete, así que se rechazó; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This bundle is encrypted in a way GCEN Desktop does not use (no teammate key, no passphrase); ask the sender to export it again.</source>
            <translation>Este paquete está cifrado de una forma que GCEN Desktop no usa (sin clave de compañero, sin frase de contraseña); pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle's passphrase protection asks for far more computing work (2^%(work)s) than GCEN Desktop spends, so it was refused; ask the sender to export it again.</source>
            <translation>La protección con frase de contraseña de este paquete pide mucho más trabajo de cálculo (2^%(work)s) del que dedica GCEN Desktop, así que se rechazó; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>The identity given is not an age secret key (it starts with AGE-SECRET-KEY-1); check the identity file and try again.</source>
            <translation>La identidad indicada no es una clave secreta age (empieza por AGE-SECRET-KEY-1); compruebe el archivo de identidad y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a regular file; nothing was written, so give a file name in it.</source>
            <translation>%(path)s es una carpeta, no un archivo normal; no se escribió nada, así que indique un nombre de archivo dentro de ella.</translation>
        </message>
        <message>
            <source>%(path)s is not a regular file (a device or a pipe); nothing was written there, so give a file name instead.</source>
            <translation>%(path)s no es un archivo normal (un dispositivo o una tubería); no se escribió nada en él, así que indique un nombre de archivo.</translation>
        </message>
        <message>
            <source>This bundle file cannot be used; ask the sender for a new one.</source>
            <translation>Este archivo de paquete no se puede usar; pida uno nuevo al remitente.</translation>
        </message>
        <message>
            <source>This bundle file is incomplete (it was cut short, perhaps while copying); copy it again or ask the sender for a new one.</source>
            <translation>Este archivo de paquete está incompleto (se cortó, quizá al copiarlo); cópielo de nuevo o pida uno nuevo al remitente.</translation>
        </message>
        <message>
            <source>This file is not a GCEN bundle; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>Este archivo no es un paquete GCEN; elija un archivo .gcen exportado por GCEN Desktop.</translation>
        </message>
        <message>
            <source>This bundle is larger than GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Este paquete es mayor de lo que acepta GCEN Desktop; pida al remitente que exporte solo para usted en lugar de un paquete completo.</translation>
        </message>
        <message>
            <source>This bundle file is built in a way that could harm your computer and was refused; do not open it, and tell the sender.</source>
            <translation>Este archivo de paquete está construido de una forma que podría dañar su equipo y se rechazó; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This bundle file is damaged; ask the sender to export it again.</source>
            <translation>Este archivo de paquete está dañado; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle's signature does not match its contents, so it may have been altered; do not import it, and ask the sender to export it again.</source>
            <translation>La firma de este paquete no coincide con su contenido, así que puede haber sido alterado; no lo importe y pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>The passphrase does not unlock this bundle; check it with the sender and try again.</source>
            <translation>La frase de contraseña no desbloquea este paquete; compruébela con el remitente y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>This bundle is protected by a passphrase; enter the passphrase the sender gave you.</source>
            <translation>Este paquete está protegido con una frase de contraseña; introduzca la que le dio el remitente.</translation>
        </message>
        <message>
            <source>This bundle is encrypted for other teammates' keys, not yours; ask the sender to export it again for you.</source>
            <translation>Este paquete está cifrado para las claves de otros compañeros de equipo, no para la suya; pida al remitente que lo exporte de nuevo para usted.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>Este paquete se creó con una versión más reciente de GCEN Desktop; actualice GCEN Desktop e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>This bundle uses a feature this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>Este paquete usa una función que esta versión de GCEN Desktop no conoce; actualice GCEN Desktop e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>Cancelled; no bundle file was written.</source>
            <translation>Cancelado; no se escribió ningún archivo de paquete.</translation>
        </message>
        <message>
            <source>The bundle could not be written; check that the destination has free space and is writable, then export again.</source>
            <translation>No se pudo escribir el paquete; compruebe que el destino tiene espacio libre y admite escritura, y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The workspace changed while the bundle was read; import the bundle again.</source>
            <translation>El espacio de trabajo cambió mientras se leía el paquete; vuelva a importar el paquete.</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Importación cancelada; no se cambió nada.</translation>
        </message>
        <message>
            <source>This bundle from %(name)s deletes %(count)s records, so it was not imported automatically; open it with Import to look at the preview first.</source>
            <translation>Este paquete de %(name)s elimina %(count)s elementos, así que no se importó automáticamente; ábralo con Importar para revisar primero la vista previa.</translation>
        </message>
        <message>
            <source>The key files in %(folder)s are damaged; restore them from a backup, or move them away so that new keys are made (teammates will then have to trust the new key).</source>
            <translation>Los archivos de claves de %(folder)s están dañados; restáurelos de una copia de seguridad, o muévalos a otro lugar para que se creen claves nuevas (sus compañeros de equipo tendrán entonces que confiar en la clave nueva).</translation>
        </message>
        <message>
            <source>This publication is not signed, so nobody can tell which city made it; ask that city to publish again from GCEN Desktop.</source>
            <translation>Esta publicación no está firmada, así que nadie puede saber qué ciudad la hizo; pida a esa ciudad que vuelva a publicar desde GCEN Desktop.</translation>
        </message>
        <message>
            <source>This publication carries a record its city kept to its team or private, so it was refused and nothing was changed; tell that city.</source>
            <translation>Esta publicación contiene un elemento que su ciudad reservó a su equipo o mantuvo privado, así que se rechazó y no se cambió nada; avise a esa ciudad.</translation>
        </message>
        <message>
            <source>The file could not be read (%(reason)s); check it and try again.</source>
            <translation>No se pudo leer el archivo (%(reason)s); revíselo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This publication could not be checked, so it was refused; ask the city that made it to publish again.</source>
            <translation>Esta publicación no se pudo comprobar, así que se rechazó; pida a la ciudad que la hizo que vuelva a publicar.</translation>
        </message>
        <message>
            <source>This file is not a network publication; a teammate's bundle is imported with 'gcen import'.</source>
            <translation>Este archivo no es una publicación de la red; el paquete de un compañero se importa con 'gcen import'.</translation>
        </message>
        <message>
            <source>This publication gives no format version this program knows; ask the city that made it to publish again.</source>
            <translation>Esta publicación no indica ninguna versión de formato que este programa conozca; pida a la ciudad que la hizo que vuelva a publicar.</translation>
        </message>
        <message>
            <source>This publication uses format %(format)s, made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>Esta publicación usa el formato %(format)s, de una versión más reciente de GCEN Desktop; actualice GCEN Desktop y vuelva a importarla.</translation>
        </message>
        <message>
            <source>This publication needs features this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>Esta publicación necesita funciones que esta versión de GCEN Desktop no conoce; actualice GCEN Desktop y vuelva a importarla.</translation>
        </message>
        <message>
            <source>This publication was made by a newer GCEN Desktop (format %(format)s) and holds what this version cannot read; update GCEN Desktop and import it again.</source>
            <translation>Esta publicación la hizo una versión más reciente de GCEN Desktop (formato %(format)s) y contiene lo que esta versión no puede leer; actualice GCEN Desktop e impórtela de nuevo.</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged; ask the city that made it to publish again.</source>
            <translation>La descripción (manifiesto) de esta publicación está dañada; pida a la ciudad que la hizo que vuelva a publicar.</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>La descripción (manifiesto) de esta publicación está dañada (%(detail)s); pida a la ciudad que la hizo que vuelva a publicar.</translation>
        </message>
        <message>
            <source>a text holds a NUL character.</source>
            <translation>un texto contiene un carácter NUL.</translation>
        </message>
        <message>
            <source>Line %(line)d of this publication is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>La línea %(line)d de esta publicación está dañada (%(detail)s); pida a la ciudad que la hizo que vuelva a publicar.</translation>
        </message>
        <message>
            <source>This publication holds records of a kind this version of GCEN Desktop does not know (%(type)s); update GCEN Desktop and import it again.</source>
            <translation>Esta publicación contiene registros de un tipo que esta versión de GCEN Desktop no conoce (%(type)s); actualice GCEN Desktop e impórtela de nuevo.</translation>
        </message>
        <message>
            <source>This publication names a record of type %(type)s, which cities do not publish; ask the city that made it to publish again.</source>
            <translation>Esta publicación contiene un elemento de tipo %(type)s, que las ciudades no publican; pida a la ciudad que la hizo que vuelva a publicar.</translation>
        </message>
        <message>
            <source>This publication holds a choice this version of GCEN Desktop does not know (%(value)s, for %(field)s); update GCEN Desktop and import it again.</source>
            <translation>Esta publicación contiene una opción que esta versión de GCEN Desktop no conoce (%(value)s, para %(field)s); actualice GCEN Desktop e impórtela de nuevo.</translation>
        </message>
        <message>
            <source>'%(field)s' is not a name.</source>
            <translation>'%(field)s' no es un nombre.</translation>
        </message>
        <message>
            <source>a name is too long or holds a NUL character.</source>
            <translation>un nombre es demasiado largo o contiene un carácter NUL.</translation>
        </message>
        <message>
            <source>This bundle file could not be checked, so it was refused; ask the sender to export it again.</source>
            <translation>No se pudo comprobar este archivo de paquete, así que se rechazó; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>The bundle could not be read (%(reason)s); check the file and try again.</source>
            <translation>No se pudo leer el paquete (%(reason)s); compruebe el archivo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>There is not enough free disk space to check this bundle; free some disk space and import it again.</source>
            <translation>No hay suficiente espacio libre en disco para comprobar este paquete; libere espacio en disco e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a bundle file; choose a .gcen file.</source>
            <translation>%(path)s es una carpeta, no un archivo de paquete; elija un archivo .gcen.</translation>
        </message>
        <message>
            <source>This bundle file is empty; copy it again or ask the sender for a new one.</source>
            <translation>Este archivo de paquete está vacío; cópielo de nuevo o pida uno nuevo al remitente.</translation>
        </message>
        <message>
            <source>The file %(path)s cannot be read (%(reason)s); check it and try again.</source>
            <translation>No se puede leer el archivo %(path)s (%(reason)s); compruébelo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>This bundle file is larger than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Este archivo de paquete supera los %(limit)s que acepta GCEN Desktop; pida al remitente que exporte solo para usted en lugar de un paquete completo.</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is damaged: %(detail)s; ask the sender to export it again.</source>
            <translation>La descripción (manifiesto) de este paquete está dañada: %(detail)s; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>it %(problem)s</source>
            <translation>%(problem)s</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: its description (manifest) holds %(field)s, which this version does not know; update GCEN Desktop and import it again.</source>
            <translation>Este paquete lo hizo una versión más reciente de GCEN Desktop: su descripción (manifiesto) contiene %(field)s, que esta versión no conoce; actualice GCEN Desktop e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>it gives no format version this program knows</source>
            <translation>no indica ninguna versión de formato que este programa conozca</translation>
        </message>
        <message>
            <source>one that reads bundle format %(major)s</source>
            <translation>una que lea el formato de paquete %(major)s</translation>
        </message>
        <message>
            <source>This bundle uses format %(format)s, made by a newer GCEN Desktop; it needs version &gt;= %(needed)s: update GCEN Desktop and import it again.</source>
            <translation>Este paquete usa el formato %(format)s, creado por una versión más reciente de GCEN Desktop; necesita la versión &gt;= %(needed)s: actualice GCEN Desktop e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>its required features are not a list of names</source>
            <translation>sus funciones requeridas no son una lista de nombres</translation>
        </message>
        <message>
            <source>This bundle needs features this version of GCEN Desktop does not know (%(features)s); update GCEN Desktop and import it again.</source>
            <translation>Este paquete necesita funciones que esta versión de GCEN Desktop no conoce (%(features)s); actualice GCEN Desktop e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>This bundle holds files its description (manifest) does not list; ask the sender to export it again.</source>
            <translation>Este paquete contiene archivos que su descripción (manifiesto) no enumera; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle is missing files its description (manifest) lists; ask the sender to export it again.</source>
            <translation>A este paquete le faltan archivos que su descripción (manifiesto) enumera; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>The file %(name)s in this bundle does not have the size its description (manifest) gives; ask the sender to export it again.</source>
            <translation>El archivo %(name)s de este paquete no tiene el tamaño que indica su descripción (manifiesto); pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle carries %(count)d changes, more than the %(limit)d a bundle may carry; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Este paquete lleva %(count)d cambios, más de los %(limit)d que puede llevar un paquete; pida al remitente que exporte solo para usted en lugar de un paquete completo.</translation>
        </message>
        <message>
            <source>An attachment in this bundle does not have the content its name promises; ask the sender to export it again.</source>
            <translation>Un adjunto de este paquete no tiene el contenido que promete su nombre; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle is longer than the %(limit)s a line may be; ask the sender to export it again.</source>
            <translation>El cambio %(n)d de este paquete supera los %(limit)s que puede ocupar una línea; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle %(problem)s; ask the sender to export it again.</source>
            <translation>El cambio %(n)d de este paquete %(problem)s; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: change %(n)d in it is of a kind this version does not know (%(op)s); update GCEN Desktop and import it again.</source>
            <translation>Este paquete lo hizo una versión más reciente de GCEN Desktop: su cambio %(n)d es de un tipo que esta versión no conoce (%(op)s); actualice GCEN Desktop e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>is not valid (%(reason)s)</source>
            <translation>no es válido (%(reason)s)</translation>
        </message>
        <message>
            <source>does not match its own hash (h), so it was altered or damaged</source>
            <translation>no coincide con su propio hash (h), así que fue alterado o dañado</translation>
        </message>
        <message>
            <source>has a '%(field)s' that contains a NUL character, which other teammates' stores cannot hold</source>
            <translation>tiene un campo '%(field)s' que contiene un carácter NUL, que las copias de los compañeros de equipo no pueden guardar</translation>
        </message>
        <message>
            <source>names a version made by a store whose id is not one</source>
            <translation>nombra una versión creada por un almacén cuyo identificador no es válido</translation>
        </message>
        <message>
            <source>names the store that made it with an id that is not one</source>
            <translation>nombra el almacén que lo creó con un identificador que no es válido</translation>
        </message>
        <message>
            <source>has a time (hlc) that is not in the form every store writes</source>
            <translation>tiene una hora (hlc) que no tiene la forma que escribe cada almacén</translation>
        </message>
        <message>
            <source>is about a record whose id is not one (a UUID)</source>
            <translation>trata de un registro cuyo identificador no es válido (un UUID)</translation>
        </message>
        <message>
            <source>has a hash (h) that is not a SHA-256</source>
            <translation>tiene un hash (h) que no es un SHA-256</translation>
        </message>
        <message>
            <source>is about a record type %(type)s that is not a name</source>
            <translation>trata de un tipo de registro %(type)s que no es un nombre</translation>
        </message>
        <message>
            <source>is an edit without fields, or with a deletion's fields</source>
            <translation>es una edición sin campos, o con los campos de una eliminación</translation>
        </message>
        <message>
            <source>is a deletion without the versions it saw, or with an edit's fields</source>
            <translation>es una eliminación sin las versiones que vio, o con los campos de una edición</translation>
        </message>
        <message>
            <source>names a field %(field)s that a %(type)s does not have</source>
            <translation>nombra un campo %(field)s que un registro de tipo %(type)s no tiene</translation>
        </message>
        <message>
            <source>sets a field %(field)s that is not a name</source>
            <translation>establece un campo %(field)s que no es un nombre</translation>
        </message>
        <message>
            <source>has a '%(field)s' longer than %(limit)d characters</source>
            <translation>tiene un campo '%(field)s' de más de %(limit)d caracteres</translation>
        </message>
        <message>
            <source>gives '%(field)s' a value of the wrong kind</source>
            <translation>da a '%(field)s' un valor del tipo equivocado</translation>
        </message>
        <message>
            <source>has an empty '%(field)s', which a %(type)s must have</source>
            <translation>tiene vacío el campo '%(field)s', que un registro de tipo %(type)s debe tener</translation>
        </message>
        <message>
            <source>has a bad value: %(reason)s</source>
            <translation>tiene un valor incorrecto: %(reason)s</translation>
        </message>
        <message>
            <source>holds a number that is not a number (NaN or Infinity)</source>
            <translation>contiene un número que no es un número (NaN o Infinity)</translation>
        </message>
        <message>
            <source>holds text that is not valid JSON (%(error)s)</source>
            <translation>contiene texto que no es JSON válido (%(error)s)</translation>
        </message>
        <message>
            <source>holds text that is not valid Unicode (a lone surrogate)</source>
            <translation>contiene texto que no es Unicode válido (un sustituto suelto)</translation>
        </message>
        <message>
            <source>This bundle's list of changes does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>La lista de cambios de este paquete no coincide con la huella (SHA-256) de su descripción, así que fue alterada o dañada; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle's attachment %(attachment)s… does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>El adjunto %(attachment)s… de este paquete no coincide con la huella (SHA-256) de su descripción, así que fue alterado o dañado; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle's list of changes ends in the middle of a line; ask the sender to export it again.</source>
            <translation>La lista de cambios de este paquete termina a mitad de una línea; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle carries more changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>Este paquete lleva más cambios de los que indica su descripción (%(expected)d); pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle carries fewer changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>Este paquete lleva menos cambios de los que indica su descripción (%(expected)d); pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the copy that lets you undo this import, so nothing was imported; free some space on the disk of the workspace (it needs about %(size)s), then import again.</source>
            <translation>No hay suficiente espacio libre (o el disco falló) para guardar la copia que permite deshacer esta importación, así que no se importó nada; libere espacio en el disco del espacio de trabajo (necesita unos %(size)s) y vuelva a importar.</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the record that lets you undo this import, so nothing was imported; free some space on the disk of the workspace, then import again.</source>
            <translation>No hay suficiente espacio libre (o el disco falló) para guardar el registro que permite deshacer esta importación, así que no se importó nada; libere espacio en el disco del espacio de trabajo y vuelva a importar.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace to undo the import, so nothing was changed; free some space (about %(size)s), then undo it again.</source>
            <translation>No hay suficiente espacio libre en el disco del espacio de trabajo para deshacer la importación, así que no se cambió nada; libere espacio (unos %(size)s) y vuelva a deshacerla.</translation>
        </message>
        <message>
            <source>Another program is changing the workspace, so the import was not undone; close it (or wait for it to finish), then undo the import again.</source>
            <translation>Otro programa está modificando el espacio de trabajo, así que la importación no se deshizo; ciérrelo (o espere a que termine) y vuelva a deshacer la importación.</translation>
        </message>
        <message>
            <source>GCEN Desktop could not start the process that reads the bundle; try again, and restart GCEN Desktop if it happens again.</source>
            <translation>GCEN Desktop no pudo iniciar el proceso que lee el paquete; inténtelo de nuevo y reinicie GCEN Desktop si vuelve a ocurrir.</translation>
        </message>
        <message>
            <source>The bundle could not be read to the end (the reading process stopped); import it again, and if that fails ask the sender to export it again.</source>
            <translation>No se pudo leer el paquete hasta el final (el proceso de lectura se detuvo); impórtelo de nuevo y, si falla, pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This file is a kind of ZIP archive that GCEN Desktop never writes; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>Este archivo es un tipo de archivo ZIP que GCEN Desktop nunca escribe; elija un archivo .gcen exportado por GCEN Desktop.</translation>
        </message>
        <message>
            <source>This file is a multi-part ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>Este archivo es un archivo ZIP de varias partes, no un paquete GCEN; elija un archivo .gcen.</translation>
        </message>
        <message>
            <source>This bundle file has extra bytes after its end; ask the sender to export it again.</source>
            <translation>Este archivo de paquete tiene bytes de más después de su final; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle's table of contents is not where it should be; ask the sender to export it again.</source>
            <translation>El índice de este paquete no está donde debería; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle claims to hold %(count)d files, more than the %(limit)d a bundle may hold, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este paquete dice contener %(count)d archivos, más de los %(limit)d que puede contener un paquete, así que se rechazó; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This file is an empty ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>Este archivo es un archivo ZIP vacío, no un paquete GCEN; elija un archivo .gcen.</translation>
        </message>
        <message>
            <source>This bundle's table of contents is damaged; ask the sender to export it again.</source>
            <translation>El índice de este paquete está dañado; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>A file inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>Un archivo de este paquete está dañado; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle holds a file with an overlong name, which bundles never have; do not open it, and tell the sender.</source>
            <translation>Este paquete contiene un archivo con un nombre desmesurado, algo que los paquetes nunca tienen; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This bundle holds a file whose name is not readable text, which bundles never have; do not open it, and tell the sender.</source>
            <translation>Este paquete contiene un archivo cuyo nombre no es texto legible, algo que los paquetes nunca tienen; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This bundle holds a file named %(name)s that points outside its own folder (an absolute path or '..'), so it was refused; do not open it, and tell the sender.</source>
            <translation>Este paquete contiene un archivo llamado %(name)s que apunta fuera de su propia carpeta (una ruta absoluta o '..'), así que se rechazó; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This bundle holds two files with the same name (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este paquete contiene dos archivos con el mismo nombre (%(name)s), lo que permite ocultar uno detrás del otro, así que se rechazó; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This bundle holds two files with names that differ only in upper/lower case (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>Este paquete contiene dos archivos cuyos nombres solo difieren en mayúsculas y minúsculas (%(name)s), lo que permite ocultar uno detrás del otro, así que se rechazó; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This ZIP archive uses ZIP passwords, which GCEN bundles never use; choose a .gcen file.</source>
            <translation>Este archivo ZIP usa contraseñas ZIP, que los paquetes GCEN nunca usan; elija un archivo .gcen.</translation>
        </message>
        <message>
            <source>This file is a ZIP archive that GCEN Desktop did not write; choose a .gcen file.</source>
            <translation>Este archivo es un archivo ZIP que GCEN Desktop no escribió; elija un archivo .gcen.</translation>
        </message>
        <message>
            <source>This ZIP archive uses a compression method GCEN bundles never use; choose a .gcen file.</source>
            <translation>Este archivo ZIP usa un método de compresión que los paquetes GCEN nunca usan; elija un archivo .gcen.</translation>
        </message>
        <message>
            <source>A file inside this bundle would expand %(times)d times (a 'zip bomb'), so it was refused; do not open it, and tell the sender.</source>
            <translation>Un archivo de este paquete se expandiría %(times)d veces (una «bomba zip»), así que se rechazó; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This bundle holds a file %(name)s that does not belong in a bundle; ask the sender to export it again.</source>
            <translation>Este paquete contiene un archivo %(name)s que no corresponde a un paquete; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle has no list of changes in it; ask the sender to export it again.</source>
            <translation>Este paquete no contiene ninguna lista de cambios; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Este paquete ocupa %(size)s descomprimido, más de los %(limit)s que acepta GCEN Desktop; pida al remitente que exporte solo para usted en lugar de un paquete completo.</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s and there is not enough free disk space to check it safely; free some disk space and import it again.</source>
            <translation>Este paquete ocupa %(size)s descomprimido y no hay suficiente espacio libre en disco para comprobarlo con seguridad; libere espacio en disco e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>This bundle's files overlap one another inside the archive (a 'zip bomb' trick), so it was refused; do not open it, and tell the sender.</source>
            <translation>Los archivos de este paquete se solapan dentro del archivo comprimido (un truco de «bomba zip»), así que se rechazó; no lo abra y avise al remitente.</translation>
        </message>
        <message>
            <source>This bundle's list of changes is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>La lista de cambios de este paquete ocupa %(size)s, más de los %(limit)s que acepta GCEN Desktop; pida al remitente que exporte solo para usted, o que comparta ese archivo de otra manera.</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>La descripción (manifiesto) de este paquete ocupa %(size)s, más de los %(limit)s que acepta GCEN Desktop; pida al remitente que exporte solo para usted, o que comparta ese archivo de otra manera.</translation>
        </message>
        <message>
            <source>This bundle's attachment is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>El adjunto de este paquete ocupa %(size)s, más de los %(limit)s que acepta GCEN Desktop; pida al remitente que exporte solo para usted, o que comparta ese archivo de otra manera.</translation>
        </message>
        <message>
            <source>The file %(name)s inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>El archivo %(name)s de este paquete está dañado; pida al remitente que lo exporte de nuevo.</translation>
        </message>
        <message>
            <source>A session ends after it starts: give an end time after %(start)s, or leave it empty.</source>
            <translation>Una sesión termina después de empezar: indique una hora de fin posterior a %(start)s, o déjela vacía.</translation>
        </message>
    </context>
</TS>

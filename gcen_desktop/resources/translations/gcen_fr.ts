<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>About GCEN Desktop</source>
            <translation>À propos de GCEN Desktop</translation>
        </message>
        <message>
            <source>An offline workspace for city teams of a network of urban school systems: notes, readings, action plans and symposia, shared as bundle files.</source>
            <translation>Un espace de travail hors ligne pour les équipes municipales d'un réseau de systèmes scolaires urbains : notes, lectures, plans d'action et symposiums, partagés par fichiers de paquet.</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Copy versions</source>
            <translation>Copier les versions</translation>
        </message>
        <message>
            <source>Copy versions to the clipboard</source>
            <translation>Copier les versions dans le presse-papiers</translation>
        </message>
    </context>
    <context>
        <name>ActionDelegate</name>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>Garant</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <source>Overdue since %s</source>
            <translation>En retard depuis le %s</translation>
        </message>
        <message>
            <source>Edit action %s</source>
            <translation>Modifier l'action %s</translation>
        </message>
        <message>
            <source>Move action</source>
            <translation>Déplacer l'action</translation>
        </message>
    </context>
    <context>
        <name>ActionTableView</name>
        <message>
            <source>Actions of the goal</source>
            <translation>Actions de l'objectif</translation>
        </message>
    </context>
    <context>
        <name>AddReadingDialog</name>
        <message>
            <source>Add a reading</source>
            <translation>Ajouter une lecture</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Auteurs</translation>
        </message>
        <message>
            <source>Last, First; Last, First</source>
            <translation>Nom, Prénom ; Nom, Prénom</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Étiquettes, séparées par des virgules</translation>
        </message>
        <message>
            <source>You can add the abstract, why it matters and the PDF after adding it.</source>
            <translation>Vous pourrez ajouter le résumé, son intérêt et le PDF après l'avoir ajoutée.</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>Ajouter la lecture</translation>
        </message>
        <message>
            <source>This looks like a reading already in the list (same title, DOI or web address): %s. Add it anyway?</source>
            <translation>Cette lecture semble déjà figurer dans la liste (même titre, DOI ou adresse web) : %s. L'ajouter quand même ?</translation>
        </message>
        <message>
            <source>The reading needs a title</source>
            <translation>La lecture doit avoir un titre</translation>
        </message>
        <message>
            <source>Type the title, then press Add reading.</source>
            <translation>Saisissez le titre, puis appuyez sur Ajouter la lecture.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Doublon possible</translation>
        </message>
        <message>
            <source>Add anyway</source>
            <translation>Ajouter quand même</translation>
        </message>
    </context>
    <context>
        <name>AgendaDelegate</name>
        <message>
            <source>Kind of session</source>
            <translation>Type de séance</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>No sessions yet. Add the site visits, exchanges and expert talks with “Add session”; double-click a cell to change it.</source>
            <translation>Aucune séance pour l'instant. Ajoutez les visites de terrain, les échanges et les interventions d'experts avec « Ajouter une séance » ; double-cliquez sur une cellule pour la modifier.</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>Ajouter une séance</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Supprimer la séance</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>%1 over %2, %3</source>
            <comment>sessions over days, site visits</comment>
            <translation>%1 sur %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sessions</source>
            <translation>
                <numerusform>%Ln séance</numerusform>
                <numerusform>%Ln séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln jour</numerusform>
                <numerusform>%Ln jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln site visits</source>
            <translation>
                <numerusform>%Ln visite de terrain</numerusform>
                <numerusform>%Ln visites de terrain</numerusform>
            </translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nouvelle séance</translation>
        </message>
        <message>
            <source>Delete sessions</source>
            <translation>Supprimer les séances</translation>
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Day %d</source>
            <translation>Jour %d</translation>
        </message>
        <message>
            <source>Edit session %s</source>
            <translation>Modifier la séance %s</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>Could not do that</source>
            <translation>Impossible d'effectuer cette opération</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Une erreur s'est produite</translation>
        </message>
        <message>
            <source>The operation did not complete and nothing was changed. If it happens again, send this to the team:

%s</source>
            <translation>L'opération n'a pas abouti et rien n'a été modifié. Si cela se reproduit, envoyez ceci à l'équipe :

%s</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Joindre un fichier…</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Joindre un fichier</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>Ouvrir le fichier sélectionné</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected file from this record</source>
            <translation>Retirer le fichier sélectionné de cet élément</translation>
        </message>
        <message>
            <source>The file stays in the workspace; Undo attaches it again.</source>
            <translation>Le fichier reste dans l'espace de travail ; Annuler le joint à nouveau.</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Fichiers joints</translation>
        </message>
        <message>
            <source>No files yet. Attach a PDF or a document to keep it with this record.</source>
            <translation>Aucun fichier pour l'instant. Joignez un PDF ou un document pour le conserver avec cet élément.</translation>
        </message>
        <message>
            <source>Attached %s.</source>
            <translation>%s joint.</translation>
        </message>
        <message>
            <source>Attach %s</source>
            <translation>Joindre %s</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md);;All files (*)</source>
            <translation>Documents (*.pdf *.docx *.doc *.odt *.txt *.md);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>Impossible d'ouvrir le fichier</translation>
        </message>
        <message>
            <source>No program on this computer opens this kind of file. Install a viewer and try again.</source>
            <translation>Aucun programme de cet ordinateur n'ouvre ce type de fichier. Installez une visionneuse et réessayez.</translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln files</source>
            <translation>
                <numerusform>Retirer %Ln fichier</numerusform>
                <numerusform>Retirer %Ln fichiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln files from this record. Undo attaches them again.</source>
            <translation>
                <numerusform>%Ln fichier retiré de cet élément. Annuler le joint à nouveau.</numerusform>
                <numerusform>%Ln fichiers retirés de cet élément. Annuler les joint à nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove %s</source>
            <translation>Retirer %s</translation>
        </message>
        <message>
            <source>Removed %s from this record. Undo attaches it again.</source>
            <translation>%s retiré de cet élément. Annuler le joint à nouveau.</translation>
        </message>
        <message>
            <source>Remove from this record</source>
            <translation>Retirer de cet élément</translation>
        </message>
    </context>
    <context>
        <name>BoardColumnModel</name>
        <message>
            <source>due %s</source>
            <translation>échéance %s</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>Marquer comme %s</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Tick %s</source>
            <translation>Cocher %s</translation>
        </message>
        <message>
            <source>Untick %s</source>
            <translation>Décocher %s</translation>
        </message>
        <message>
            <source>Rename checklist item</source>
            <translation>Renommer l'élément de la liste</translation>
        </message>
        <message>
            <source>Move checklist item</source>
            <translation>Déplacer l'élément de la liste</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Checklist progress</source>
            <translation>Avancement de la liste</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>Liste de préparation</translation>
        </message>
        <message>
            <source>Add an item, e.g. “Book flights”, and press Enter</source>
            <translation>Ajoutez un élément, p. ex. « Réserver les vols », et appuyez sur Entrée</translation>
        </message>
        <message>
            <source>New checklist item</source>
            <translation>Nouvel élément de liste</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete checklist item</source>
            <translation>Supprimer l'élément de la liste</translation>
        </message>
        <message>
            <source>Space ticks an item; Ctrl+Up / Ctrl+Down moves it; F2 renames it.</source>
            <translation>Espace coche un élément ; Ctrl+Haut / Ctrl+Bas le déplace ; F2 le renomme.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln done</source>
            <translation>
                <numerusform>%1 sur %Ln fait</numerusform>
                <numerusform>%1 sur %Ln faits</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to prepare yet</source>
            <translation>Rien à préparer pour l'instant</translation>
        </message>
        <message>
            <source>Add checklist item</source>
            <translation>Ajouter un élément de liste</translation>
        </message>
        <message>
            <source>Delete checklist items</source>
            <translation>Supprimer des éléments de liste</translation>
        </message>
    </context>
    <context>
        <name>ConflictDetail</name>
        <message>
            <source>Choose a record on the left to see what differs and settle it.</source>
            <translation>Choisissez un élément à gauche pour voir ce qui diffère et trancher.</translation>
        </message>
        <message>
            <source>Open %s</source>
            <translation>Ouvrir %s</translation>
        </message>
        <message>
            <source>Deleted on one side, edited on the other</source>
            <translation>Supprimé d'un côté, modifié de l'autre</translation>
        </message>
        <message>
            <source>%s deleted this %s, but it was edited after they last saw it. Keep it with the edits, or delete it again.</source>
            <translation>%s a supprimé ce %s, mais il a été modifié après sa dernière consultation. Conservez-le avec les modifications, ou supprimez-le à nouveau.</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>Un coéquipier</translation>
        </message>
        <message>
            <source>This %s was deleted, but a teammate added to it or changed something under it at the same time, so it is still here. Keep it, or delete it again with everything under it.</source>
            <translation>Ce %s a été supprimé, mais un coéquipier y a ajouté ou modifié quelque chose en même temps ; il est donc toujours là. Conservez-le, ou supprimez-le à nouveau avec tout son contenu.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Le conserver</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>Conserver l'élément</translation>
        </message>
        <message>
            <source>Delete it again</source>
            <translation>Le supprimer à nouveau</translation>
        </message>
        <message>
            <source>Delete the record again</source>
            <translation>Supprimer l'élément à nouveau</translation>
        </message>
        <message>
            <source>Settle %s</source>
            <translation>Trancher %s</translation>
        </message>
        <message>
            <source>Keep %s</source>
            <translation>Conserver %s</translation>
        </message>
        <message>
            <source>Delete %s again</source>
            <translation>Supprimer %s à nouveau</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <source>deleted by a teammate while edited here</source>
            <translation>supprimé par un coéquipier pendant une modification ici</translation>
        </message>
        <message>
            <source>deleted, but a teammate added to it</source>
            <translation>supprimé, mais un coéquipier y a ajouté quelque chose</translation>
        </message>
        <message>
            <source>different values: %s</source>
            <translation>valeurs différentes : %s</translation>
        </message>
        <message>
            <source>auto-merged: %s</source>
            <translation>fusionné automatiquement : %s</translation>
        </message>
    </context>
    <context>
        <name>ConflictsSection</name>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Records with conflicts</source>
            <translation>Éléments en conflit</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Aucun conflit.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln to settle. Pick the version to keep, write a merged value, or decide about deleted records.</source>
            <translation>
                <numerusform>%Ln à régler. Choisissez la version à garder, écrivez une valeur fusionnée ou décidez du sort des éléments supprimés.</numerusform>
                <numerusform>%Ln à régler. Choisissez la version à garder, écrivez une valeur fusionnée ou décidez du sort des éléments supprimés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to settle. When teammates change the same thing in different ways, or one deletes what another edited, it shows up here.</source>
            <translation>Rien à trancher. Quand des coéquipiers modifient la même chose de façons différentes, ou que l'un supprime ce qu'un autre a modifié, cela apparaît ici.</translation>
        </message>
        <message>
            <source>Nothing needs a decision; auto-merged text can be checked and accepted.</source>
            <translation>Aucune décision n'est nécessaire ; le texte fusionné automatiquement peut être vérifié et accepté.</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>No date (e.g. %s or %s)</source>
            <translation>Pas de date (p. ex. %s ou %s)</translation>
        </message>
        <message>
            <source>Pick a date in a calendar</source>
            <translation>Choisir une date dans un calendrier</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Effacer la date</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today %s</source>
            <translation>aujourd'hui %s</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>Écriture de %s…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>%s enregistré</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Export annulé ; aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>Actions: %1…</source>
            <translation>Actions : %1…</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Share your changes</source>
            <translation>Partager vos modifications</translation>
        </message>
        <message>
            <source>For one teammate:</source>
            <translation>Pour un seul coéquipier :</translation>
        </message>
        <message>
            <source>Teammate</source>
            <translation>Coéquipier</translation>
        </message>
        <message>
            <source>For the team</source>
            <translation>Pour l'équipe</translation>
        </message>
        <message>
            <source>Everything some teammate may not have yet.</source>
            <translation>Tout ce qu'un coéquipier n'a peut-être pas encore.</translation>
        </message>
        <message>
            <source>Everything (a new teammate, a backup)</source>
            <translation>Tout (un nouveau coéquipier, une sauvegarde)</translation>
        </message>
        <message>
            <source>The whole workspace, for a teammate who is joining or as a backup.</source>
            <translation>Tout l'espace de travail, pour un coéquipier qui arrive ou comme sauvegarde.</translation>
        </message>
        <message>
            <source>Sign it, so they know it is yours</source>
            <translation>Le signer, pour qu'ils sachent qu'il vient de vous</translation>
        </message>
        <message>
            <source>Encrypt for teammates you trust</source>
            <translation>Chiffrer pour les coéquipiers que vous avez approuvés</translation>
        </message>
        <message>
            <source>Only teammates whose keys you trusted can open it.</source>
            <translation>Seuls les coéquipiers dont vous avez approuvé la clé peuvent l'ouvrir.</translation>
        </message>
        <message>
            <source>Add a passphrase</source>
            <translation>Ajouter une phrase secrète</translation>
        </message>
        <message>
            <source>Tell the passphrase by phone, not in the e-mail that carries the bundle.</source>
            <translation>Communiquez la phrase secrète par téléphone, pas dans l'e-mail qui transporte le paquet.</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>Exporter un paquet…</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Exporter un paquet</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not shared with anyone yet.</source>
            <translation>
                <numerusform>%Ln modification partagée avec personne pour l'instant.</numerusform>
                <numerusform>%Ln modifications partagées avec personne pour l'instant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything you changed has been shared.</source>
            <translation>Tout ce que vous avez modifié a été partagé.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase for this bundle (at least 8 characters):</source>
            <translation>Phrase secrète pour ce paquet (8 caractères au moins) :</translation>
        </message>
        <message>
            <source>Passphrase too short</source>
            <translation>Phrase secrète trop courte</translation>
        </message>
        <message>
            <source>Use a passphrase of at least 8 characters, e.g. three unrelated words.</source>
            <translation>Utilisez une phrase secrète d'au moins 8 caractères, p. ex. trois mots sans rapport entre eux.</translation>
        </message>
        <message>
            <source>Type the passphrase again:</source>
            <translation>Saisissez à nouveau la phrase secrète :</translation>
        </message>
        <message>
            <source>Passphrases differ</source>
            <translation>Les phrases secrètes diffèrent</translation>
        </message>
        <message>
            <source>The two passphrases differ; export again and type the same passphrase twice.</source>
            <translation>Les deux phrases secrètes diffèrent ; exportez à nouveau et saisissez deux fois la même phrase secrète.</translation>
        </message>
        <message>
            <source>Save bundle as</source>
            <translation>Enregistrer le paquet sous</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>Paquet GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>Écriture de %s…</translation>
        </message>
        <message numerus="yes">
            <source>This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>Cet export dépassait la taille d'un seul paquet : il a été enregistré en %Ln fichier, de %1 à %2 (%3 en tout) ; envoyez-les tous : votre coéquipier importe chacun d'eux, et un nouveau coéquipier rejoint l'équipe avec le premier. Ils ont été vérifiés après l'écriture : vous pouvez retirer la clé USB en toute sécurité.</numerusform>
                <numerusform>Cet export dépassait la taille d'un seul paquet : il a été enregistré en %Ln fichiers, de %1 à %2 (%3 en tout) ; envoyez-les tous : votre coéquipier importe chacun d'eux, et un nouveau coéquipier rejoint l'équipe avec le premier. Ils ont été vérifiés après l'écriture : vous pouvez retirer la clé USB en toute sécurité.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%2, %Ln changes). It was checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>%1 enregistré (%2, %Ln modification). Il a été vérifié après l'écriture : vous pouvez retirer la clé USB.</numerusform>
                <numerusform>%1 enregistré (%2, %Ln modifications). Il a été vérifié après l'écriture : vous pouvez retirer la clé USB.</numerusform>
            </translation>
        </message>
        <message>
            <source>This bundle is %s, too large for most e-mail; export for one teammate instead, or share it on a USB stick or in a shared folder.</source>
            <translation>Ce paquet fait %s, trop pour la plupart des messageries ; exportez-le pour un seul coéquipier, ou partagez-le sur une clé USB ou dans un dossier partagé.</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %s; edit that field (or delete the record) and export again.</source>
            <translation>Une version qu'aucun paquet ne peut transporter (écrite par une ancienne version de GCEN Desktop) est restée ici et le reste a été envoyé : %s ; modifiez ce champ (ou supprimez l'élément) et exportez à nouveau.</translation>
        </message>
        <message>
            <source>Bundle saved: %s</source>
            <translation>Paquet enregistré : %s</translation>
        </message>
        <message>
            <source>%s '%s': '%s' is too large</source>
            <translation>%s « %s » : « %s » est trop volumineux</translation>
        </message>
        <message>
            <source>%s '%s': '%s' holds a NUL character</source>
            <translation>%s « %s » : « %s » contient un caractère NUL</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Export annulé ; aucun fichier n'a été écrit.</translation>
        </message>
    </context>
    <context>
        <name>FieldConflictBox</name>
        <message>
            <source>Merged automatically: the edits touched different lines. Check it, then accept it.</source>
            <translation>Fusionné automatiquement : les modifications portaient sur des lignes différentes. Vérifiez, puis acceptez.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln different versions. Pick one, or write the value to keep.</source>
            <translation>
                <numerusform>%Ln versions différentes. Choisissez-en une ou écrivez la valeur à garder.</numerusform>
                <numerusform>%Ln versions différentes. Choisissez-en une ou écrivez la valeur à garder.</numerusform>
            </translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>Version by %s</source>
            <translation>Version de %s</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Conserver cette version</translation>
        </message>
        <message>
            <source>Keep the version by %s</source>
            <translation>Conserver la version de %s</translation>
        </message>
        <message>
            <source>Auto-merged text</source>
            <translation>Texte fusionné automatiquement</translation>
        </message>
        <message>
            <source>Or write the value to keep</source>
            <translation>Ou rédigez la valeur à conserver</translation>
        </message>
        <message>
            <source>Merged value of %s</source>
            <translation>Valeur fusionnée de %s</translation>
        </message>
        <message>
            <source>Accept the merge</source>
            <translation>Accepter la fusion</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Utiliser cette valeur</translation>
        </message>
        <message>
            <source>What differs: lines marked − are only in the version by %s; lines marked + are only in the version by %s.</source>
            <translation>Ce qui diffère : les lignes marquées − ne sont que dans la version de %s ; les lignes marquées + ne sont que dans la version de %s.</translation>
        </message>
        <message>
            <source>Differences between the version by %s and the version by %s</source>
            <translation>Différences entre la version de %s et la version de %s</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in note</source>
            <translation>Rechercher dans la note</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Résultat précédent (Maj+Entrée)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Résultat suivant (Entrée)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the find bar (Escape)</source>
            <translation>Fermer la barre de recherche (Échap)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Aucun résultat</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n</source>
            <translation>
                <numerusform>%1 sur %n</numerusform>
                <numerusform>%1 sur %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matches</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunWindow</name>
        <message>
            <source>Welcome to GCEN Desktop</source>
            <translation>Bienvenue dans GCEN Desktop</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Nouvel espace de travail</translation>
        </message>
        <message>
            <source>Your team's notes, readings, action plans and symposia, on this computer. Nothing needs a server: you share with teammates through bundle files.</source>
            <translation>Les notes, lectures, plans d'action et symposiums de votre équipe, sur cet ordinateur. Aucun serveur n'est nécessaire : vous partagez avec vos coéquipiers par fichiers de paquet.</translation>
        </message>
        <message>
            <source>Create your team's workspace</source>
            <translation>Créez l'espace de travail de votre équipe</translation>
        </message>
        <message>
            <source>Create another workspace</source>
            <translation>Créer un autre espace de travail</translation>
        </message>
        <message>
            <source>e.g. Boston Public Schools — GCEN team</source>
            <translation>p. ex. Boston Public Schools — équipe GCEN</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>Nom de l'équipe</translation>
        </message>
        <message>
            <source>e.g. Boston</source>
            <translation>p. ex. Boston</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Vos nom et prénom</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>Votre rôle</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Changer…</translation>
        </message>
        <message>
            <source>Change the workspace folder</source>
            <translation>Changer le dossier de l'espace de travail</translation>
        </message>
        <message>
            <source>Stored in</source>
            <translation>Enregistré dans</translation>
        </message>
        <message>
            <source>Create workspace</source>
            <translation>Créer l'espace de travail</translation>
        </message>
        <message>
            <source>Explore the sample team</source>
            <translation>Découvrir l'équipe exemple</translation>
        </message>
        <message>
            <source>A fictional Boston team with notes, readings, a plan and a symposium.</source>
            <translation>Une équipe fictive de Boston avec des notes, des lectures, un plan et un symposium.</translation>
        </message>
        <message>
            <source>Import a bundle from a teammate…</source>
            <translation>Importer un paquet d'un coéquipier…</translation>
        </message>
        <message>
            <source>Fill in your name and role above, then choose the full .gcen bundle a teammate exported for you: you join their workspace.</source>
            <translation>Indiquez votre nom et votre rôle ci-dessus, puis choisissez le paquet .gcen complet qu'un coéquipier a exporté pour vous : vous rejoignez son espace de travail.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel joining</source>
            <translation>Annuler l'adhésion</translation>
        </message>
        <message>
            <source>Where to keep the workspace</source>
            <translation>Où conserver l'espace de travail</translation>
        </message>
        <message>
            <source>A few details are missing</source>
            <translation>Il manque quelques informations</translation>
        </message>
        <message>
            <source>Enter your team's name and your own name, then try again.</source>
            <translation>Saisissez le nom de votre équipe et votre propre nom, puis réessayez.</translation>
        </message>
        <message>
            <source>Enter your own name, then choose the bundle again.</source>
            <translation>Saisissez votre nom, puis choisissez de nouveau le paquet.</translation>
        </message>
        <message>
            <source>Choose the bundle a teammate sent you</source>
            <translation>Choisissez le paquet qu'un coéquipier vous a envoyé</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>Paquets GCEN (*.gcen);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Enter your name and role, then press “%1” to join with %2.</source>
            <translation>Saisissez votre nom et votre rôle, puis appuyez sur « %1 » pour rejoindre l'équipe avec %2.</translation>
        </message>
        <message>
            <source>Could not join the workspace</source>
            <translation>Impossible de rejoindre l'espace de travail</translation>
        </message>
        <message>
            <source>Reading %s…</source>
            <translation>Lecture de %s…</translation>
        </message>
        <message>
            <source>Joining cancelled; nothing was changed.</source>
            <translation>Adhésion annulée ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Join the team's workspace</source>
            <translation>Rejoindre l'espace de travail de l'équipe</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Rejoindre</translation>
        </message>
        <message>
            <source>Joining “%s”…</source>
            <translation>Adhésion à « %s »…</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>Un coéquipier</translation>
        </message>
        <message numerus="yes">
            <source>%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.</source>
            <translation>
                <numerusform>%1 a créé ce paquet de l'espace de travail « %2 » le %3. Il contient %Ln modification.</numerusform>
                <numerusform>%1 a créé ce paquet de l'espace de travail « %2 » le %3. Il contient %Ln modifications.</numerusform>
            </translation>
        </message>
        <message>
            <source>It is signed with the key %1. Check with %2 that this is their key (read it to each other on the phone), then join.</source>
            <translation>Il est signé avec la clé %1. Vérifiez avec %2 qu'il s'agit bien de sa clé (lisez-la l'un à l'autre au téléphone), puis rejoignez l'espace de travail.</translation>
        </message>
        <message>
            <source>It is not signed, so nobody can check who made it: join only if you know where it came from.</source>
            <translation>Il n'est pas signé : personne ne peut vérifier qui l'a créé. Ne rejoignez l'espace que si vous savez d'où il vient.</translation>
        </message>
        <message>
            <source>It holds only recent changes, not the whole workspace: ask for a full bundle if records are missing after joining.</source>
            <translation>Il ne contient que des modifications récentes, pas tout l'espace de travail : demandez un paquet complet s'il manque des éléments après l'adhésion.</translation>
        </message>
        <message>
            <source>Its name says it is file %1 of %2 of one export, too large for one file: after joining, import the other files of it too.</source>
            <translation>Son nom indique qu'il s'agit du fichier %1 sur %2 d'un même export, trop grand pour un seul fichier : après avoir rejoint l'équipe, importez aussi les autres fichiers de cet export.</translation>
        </message>
        <message>
            <source>Joining… %1%</source>
            <translation>Adhésion… %1 %</translation>
        </message>
        <message>
            <source>Could not create the workspace</source>
            <translation>Impossible de créer l'espace de travail</translation>
        </message>
        <message>
            <source>Setting up the workspace…</source>
            <translation>Préparation de l'espace de travail…</translation>
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%1 action sur %Ln terminée</numerusform>
                <numerusform>%1 actions sur %Ln terminées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%2, %1 of %Ln actions done</source>
            <translation>
                <numerusform>%2, %1 action sur %Ln terminée</numerusform>
                <numerusform>%2, %1 actions sur %Ln terminées</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to goal %s</source>
            <translation>Déplacer vers l'objectif %s</translation>
        </message>
        <message>
            <source>%d/%d done</source>
            <translation>%d/%d terminées</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Drop actions on a goal to move them there; Ctrl+Up / Ctrl+Down reorders the goals.</source>
            <translation>Déposez des actions sur un objectif pour les y déplacer ; Ctrl+Haut / Ctrl+Bas réordonne les objectifs.</translation>
        </message>
        <message>
            <source>No goals yet. Add one with “New goal”: say what should change, and how you will know.</source>
            <translation>Aucun objectif pour l'instant. Ajoutez-en un avec « Nouvel objectif » : dites ce qui doit changer, et comment vous le saurez.</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Supprimer l'objectif</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Situation de départ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>No actions for this goal yet. Add the first with “New action”; drag rows or press Ctrl+Up / Ctrl+Down to reorder.</source>
            <translation>Aucune action pour cet objectif. Ajoutez la première avec « Nouvelle action » ; faites glisser les lignes ou appuyez sur Ctrl+Haut / Ctrl+Bas pour les réordonner.</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Supprimer l'action</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move the action up (Ctrl+Up)</source>
            <translation>Monter l'action (Ctrl+Haut)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move the action down (Ctrl+Down)</source>
            <translation>Descendre l'action (Ctrl+Bas)</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Delete goal %s</source>
            <translation>Supprimer l'objectif %s</translation>
        </message>
        <message>
            <source>Move goal</source>
            <translation>Déplacer l'objectif</translation>
        </message>
    </context>
    <context>
        <name>GroupsSection</name>
        <message>
            <source>Working group</source>
            <translation>Groupe de travail</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>Groupes de travail</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nouveau groupe</translation>
        </message>
        <message>
            <source>Filter groups by name</source>
            <translation>Filtrer les groupes par nom</translation>
        </message>
        <message>
            <source>No working groups yet. A group gathers people from several cities around one problem of practice: “New group”.</source>
            <translation>Aucun groupe de travail pour l'instant. Un groupe réunit des personnes de plusieurs villes autour d'un problème de pratique : « Nouveau groupe ».</translation>
        </message>
        <message>
            <source>No group matches the filter. Clear it to see them all.</source>
            <translation>Aucun groupe ne correspond au filtre. Effacez-le pour tous les voir.</translation>
        </message>
        <message>
            <source>Delete this working group</source>
            <translation>Supprimer ce groupe de travail</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>No members yet. Add the people from each city who take part.</source>
            <translation>Aucun membre pour l'instant. Ajoutez les personnes de chaque ville qui y participent.</translation>
        </message>
        <message>
            <source>Add members</source>
            <translation>Ajouter des membres</translation>
        </message>
        <message>
            <source>Linked readings and notes</source>
            <translation>Lectures et notes liées</translation>
        </message>
        <message>
            <source>Link the case studies, papers and notes the group works from.</source>
            <translation>Liez les études de cas, documents et notes sur lesquels le groupe s'appuie.</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>Lier des lectures et des notes</translation>
        </message>
        <message>
            <source>Filed under this group</source>
            <translation>Classés dans ce groupe</translation>
        </message>
        <message>
            <source>Readings, notes and plans whose working group is this one appear here.</source>
            <translation>Les lectures, notes et plans dont le groupe de travail est celui-ci apparaissent ici.</translation>
        </message>
        <message>
            <source>No working group open</source>
            <translation>Aucun groupe de travail ouvert</translation>
        </message>
        <message>
            <source>A working group brings people from several cities together around one problem of practice, with the readings and notes they work from.</source>
            <translation>Un groupe de travail réunit des personnes de plusieurs villes autour d'un problème de pratique, avec les lectures et les notes sur lesquelles elles s'appuient.</translation>
        </message>
        <message>
            <source>Choose a working group on the left, or start one with “New group”.</source>
            <translation>Choisissez un groupe de travail à gauche, ou créez-en un avec « Nouveau groupe ».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln members · %1</source>
            <translation>
                <numerusform>%Ln membre · %1</numerusform>
                <numerusform>%Ln membres · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>New working group</source>
            <translation>Nouveau groupe de travail</translation>
        </message>
        <message>
            <source>Delete working group %s</source>
            <translation>Supprimer le groupe de travail %s</translation>
        </message>
    </context>
    <context>
        <name>HomeSection</name>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>dans %Ln jour</numerusform>
                <numerusform>dans %Ln jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparation: %1 of %Ln checklist items done</source>
            <translation>
                <numerusform>Préparation : %1 élément sur %Ln fait</numerusform>
                <numerusform>Préparation : %1 éléments sur %Ln faits</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions due</source>
            <translation>Actions à échéance</translation>
        </message>
        <message>
            <source>Nothing overdue or due this week. Well done.</source>
            <translation>Rien en retard ni à échéance cette semaine. Bravo.</translation>
        </message>
        <message>
            <source>Overdue actions and actions due this week</source>
            <translation>Actions en retard et actions à échéance cette semaine</translation>
        </message>
        <message>
            <source>Readings assigned to you</source>
            <translation>Lectures qui vous sont attribuées</translation>
        </message>
        <message>
            <source>No readings are waiting for you. Teammates can assign readings to you under Readings.</source>
            <translation>Aucune lecture ne vous attend. Vos coéquipiers peuvent vous attribuer des lectures dans Lectures.</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>Modifications récentes</translation>
        </message>
        <message>
            <source>No changes yet. Write a note or add a reading to get started.</source>
            <translation>Aucune modification pour l'instant. Rédigez une note ou ajoutez une lecture pour commencer.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days overdue</source>
            <translation>
                <numerusform>%Ln jour de retard</numerusform>
                <numerusform>%Ln jours de retard</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>échéance aujourd'hui</translation>
        </message>
        <message>
            <source>due %s</source>
            <translation>échéance %s</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>un coéquipier</translation>
        </message>
        <message>
            <source>from %s (imported)</source>
            <translation>de %s (importé)</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Next symposium</source>
            <translation>Prochain symposium</translation>
        </message>
        <message>
            <source>Preparation checklist progress</source>
            <translation>Avancement de la liste de préparation</translation>
        </message>
        <message>
            <source>Open symposium</source>
            <translation>Ouvrir le symposium</translation>
        </message>
        <message>
            <source>No symposium is coming up. Add one under Symposia to see its countdown here.</source>
            <translation>Aucun symposium à venir. Ajoutez-en un dans Symposiums pour voir son compte à rebours ici.</translation>
        </message>
        <message>
            <source>Date to be set</source>
            <translation>Date à fixer</translation>
        </message>
        <message>
            <source>No preparation checklist yet.</source>
            <translation>Pas encore de liste de préparation.</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <source>happening now</source>
            <translation>en cours</translation>
        </message>
    </context>
    <context>
        <name>IdentityPanel</name>
        <message>
            <source>This workspace on the network</source>
            <translation>Cet espace de travail dans le réseau</translation>
        </message>
        <message>
            <source>What the network hub's operator needs to enroll your city, and what other cities compare before they trust your publications.</source>
            <translation>Ce dont l'opérateur du hub du réseau a besoin pour inscrire votre ville, et ce que les autres villes comparent avant de faire confiance à vos publications.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy this workspace's identity</source>
            <translation>Copier l'identité de cet espace de travail</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Workspace id</source>
            <translation>Identifiant de l'espace</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>Identifiant de cette copie</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Clé de signature</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
        <message>
            <source>This workspace's identity is on the clipboard.</source>
            <translation>L'identité de cet espace de travail est dans le presse-papiers.</translation>
        </message>
    </context>
    <context>
        <name>ImportCountsModel</name>
        <message>
            <source>Records</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangés</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>En conflit</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimés</translation>
        </message>
        <message>
            <source>Links, tags and statuses</source>
            <translation>Liens, étiquettes et statuts</translation>
        </message>
        <message>
            <source>Kept for a newer version</source>
            <translation>Conservés pour une version plus récente</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Checking %s…</source>
            <translation>Vérification de %s…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Import annulé ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>une autre équipe</translation>
        </message>
        <message>
            <source>This bundle comes from the workspace of another team (%1), so it cannot be imported as changes of yours.

Copy its practices, plans, readings and notes into your workspace? Their people are not copied, and “Undo last import” removes the copies again.</source>
            <translation>Ce paquet vient de l'espace de travail d'une autre équipe (%1) : il ne peut pas être importé comme vos propres modifications.

Copier ses pratiques, plans, lectures et notes dans votre espace de travail ? Leurs personnes ne sont pas copiées, et « Annuler le dernier import » retire les copies.</translation>
        </message>
        <message>
            <source>Import as copies</source>
            <translation>Importer en copies</translation>
        </message>
        <message>
            <source>Copy records</source>
            <translation>Copier les fiches</translation>
        </message>
        <message>
            <source>Copying records from %s…</source>
            <translation>Copie des fiches de %s…</translation>
        </message>
        <message>
            <source>Importing %s…</source>
            <translation>Import de %s…</translation>
        </message>
        <message>
            <source>Imported %s.</source>
            <translation>%s importé.</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <source>Bring in a teammate's changes</source>
            <translation>Intégrer les modifications d'un coéquipier</translation>
        </message>
        <message>
            <source>Choose the .gcen file they sent you, or drop it on the window. You see what it changes before anything is written.</source>
            <translation>Choisissez le fichier .gcen qu'il vous a envoyé, ou déposez-le sur la fenêtre. Vous voyez ce qu'il modifie avant que rien ne soit écrit.</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>Importer un paquet…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importer un paquet</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>Annuler le dernier import</translation>
        </message>
        <message>
            <source>Undo the last import</source>
            <translation>Annuler le dernier import</translation>
        </message>
        <message>
            <source>What the last import changed</source>
            <translation>Ce que le dernier import a modifié</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>un coéquipier</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>une autre équipe</translation>
        </message>
        <message numerus="yes">
            <source>Last import: %Ln records copied from %1.</source>
            <translation>
                <numerusform>Dernier import : %Ln élément copié depuis %1.</numerusform>
                <numerusform>Dernier import : %Ln éléments copiés depuis %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last import, from %1: %Ln records brought in.</source>
            <translation>
                <numerusform>Dernier import, de %1 : %Ln élément intégré.</numerusform>
                <numerusform>Dernier import, de %1 : %Ln éléments intégrés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln need a decision in Conflicts.</source>
            <translation>
                <numerusform>%Ln nécessite une décision dans Conflits.</numerusform>
                <numerusform>%Ln nécessitent une décision dans Conflits.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import, from %s: already imported on %s, nothing changed.</source>
            <translation>Dernier import, de %s : déjà importé le %s, rien n'a changé.</translation>
        </message>
        <message>
            <source>Its conflicts are settled.</source>
            <translation>Ses conflits sont réglés.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import %s</source>
            <translation>Importer %s</translation>
        </message>
        <message>
            <source>Bundle from %s</source>
            <translation>Paquet de %s</translation>
        </message>
        <message>
            <source>an unknown teammate</source>
            <translation>un coéquipier inconnu</translation>
        </message>
        <message>
            <source>everything they hold</source>
            <translation>tout ce qu'il détient</translation>
        </message>
        <message>
            <source>their changes since the last exchange</source>
            <translation>ses modifications depuis le dernier échange</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>Contains</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>non signé</translation>
        </message>
        <message>
            <source>Sender's key</source>
            <translation>Clé de l'expéditeur</translation>
        </message>
        <message>
            <source>What the bundle changes</source>
            <translation>Ce que le paquet modifie</translation>
        </message>
        <message>
            <source>This bundle was already imported on %s. Importing it again changes nothing.</source>
            <translation>Ce paquet a déjà été importé le %s. L'importer à nouveau ne change rien.</translation>
        </message>
        <message>
            <source>Nothing new: you already have everything in this bundle.</source>
            <translation>Rien de nouveau : vous avez déjà tout le contenu de ce paquet.</translation>
        </message>
        <message numerus="yes">
            <source>%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.</source>
            <translation>
                <numerusform>%1 nouveaux, %2 mis à jour, %3 supprimés ; %Ln nécessitera une décision dans Conflits.</numerusform>
                <numerusform>%1 nouveaux, %2 mis à jour, %3 supprimés ; %Ln nécessiteront une décision dans Conflits.</numerusform>
            </translation>
        </message>
        <message>
            <source>No key you trust signed this bundle. Importing it once brings in what is new from teammates this workspace does not know yet; what it says about the teammates you know is left out, and nothing else in it is remembered.</source>
            <translation>Aucune clé que vous approuvez n'a signé ce paquet. L'importer une fois apporte ce qui est nouveau de la part de coéquipiers que cet espace de travail ne connaît pas encore ; ce qu'il dit des coéquipiers que vous connaissez est laissé de côté, et rien d'autre n'en est retenu.</translation>
        </message>
        <message>
            <source>I checked this key with %s (e.g. by phone): trust it for their future bundles</source>
            <translation>J'ai vérifié cette clé avec %s (p. ex. par téléphone) : l'approuver pour ses prochains paquets</translation>
        </message>
        <message>
            <source>the sender</source>
            <translation>l'expéditeur</translation>
        </message>
        <message>
            <source>Trust the sender's key</source>
            <translation>Approuver la clé de l'expéditeur</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Trust the key and import</source>
            <translation>Approuver la clé et importer</translation>
        </message>
        <message>
            <source>Import once without trusting</source>
            <translation>Importer une fois sans approuver</translation>
        </message>
    </context>
    <context>
        <name>ImportWarnings</name>
        <message>
            <source>Everything in this bundle is already here; importing it changes nothing.</source>
            <translation>Tout le contenu de ce paquet est déjà ici ; l'importer ne change rien.</translation>
        </message>
        <message>
            <source>This bundle holds changes this workspace copy made before it was restored from a backup; they were imported, and this copy numbers its next changes after them so that teammates keep accepting its changes.</source>
            <translation>Ce paquet contient des modifications faites par cette copie de l'espace de travail avant sa restauration depuis une sauvegarde ; elles ont été importées, et cette copie numérote ses prochaines modifications après elles pour que les coéquipiers continuent d'accepter ses modifications.</translation>
        </message>
        <message>
            <source>%s of %s</source>
            <translation>%s de %s</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); trust the key of this bundle, or ask those teammates for a bundle of their own.</source>
            <translation>Aucune clé que vous approuvez n'a signé ce paquet : les modifications qu'il porte au nom de coéquipiers déjà connus ici ont été laissées de côté (%s) ; approuvez la clé de ce paquet, ou demandez à ces coéquipiers un paquet de leur part.</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); ask those teammates for a bundle of their own.</source>
            <translation>Aucune clé que vous approuvez n'a signé ce paquet : les modifications qu'il porte au nom de coéquipiers déjà connus ici ont été laissées de côté (%s) ; demandez à ces coéquipiers un paquet de leur part.</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions, the second in a bundle from %2 (%1's store or %2's wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Une modification de %1 est arrivée ici en deux versions différentes, la seconde dans un paquet de %2 (l'autre version a été écrite par le poste de %1 ou par celui de %2) ; tous les postes gardent la même version, et l'autre est conservée comme preuve.</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions (%1's store, or a teammate who passed it on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Une modification de %1 est arrivée ici en deux versions différentes (l'autre version a été écrite par le poste de %1 ou par un coéquipier qui l'a transmise) ; tous les postes gardent la même version, et l'autre est conservée comme preuve.</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>un coéquipier</translation>
        </message>
        <message>
            <source>This bundle is not signed, so it cannot be checked that %s made it; import it only if you know where it came from.</source>
            <translation>Ce paquet n'est pas signé : impossible de vérifier que %s l'a créé ; ne l'importez que si vous savez d'où il vient.</translation>
        </message>
        <message>
            <source>no name given</source>
            <translation>aucun nom indiqué</translation>
        </message>
        <message>
            <source>This is the first bundle signed by the key %s (%s); check the fingerprint with that teammate before trusting it.</source>
            <translation>C'est le premier paquet signé par la clé %s (%s) ; vérifiez l'empreinte avec ce coéquipier avant de l'approuver.</translation>
        </message>
        <message>
            <source>The sender's clock is %s hours ahead of this computer's; ask them to check their date and time (the order of edits does not depend on it).</source>
            <translation>L'horloge de l'expéditeur a %s heures d'avance sur celle de cet ordinateur ; demandez-lui de vérifier sa date et son heure (l'ordre des modifications n'en dépend pas).</translation>
        </message>
        <message numerus="yes">
            <source>This bundle deletes %Ln records; look at the preview before importing.</source>
            <translation>
                <numerusform>Ce paquet supprime %Ln élément ; examinez l'aperçu avant de l'importer.</numerusform>
                <numerusform>Ce paquet supprime %Ln éléments ; examinez l'aperçu avant de l'importer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records were not copied because what they belong to is not in the bundle.</source>
            <translation>
                <numerusform>%Ln élément n'a pas été copié : ce à quoi il appartient n'est pas dans le paquet.</numerusform>
                <numerusform>%Ln éléments n'ont pas été copiés : ce à quoi ils appartiennent n'est pas dans le paquet.</numerusform>
            </translation>
        </message>
        <message>
            <source>store %s</source>
            <translation>copie %s</translation>
        </message>
        <message>
            <source>%s from %s</source>
            <translation>%s de %s</translation>
        </message>
        <message>
            <source>This bundle assumes changes this store does not have (%s); what it holds was applied, and a full bundle from the sender will fill the gap.</source>
            <translation>Ce paquet suppose des modifications que cette copie de l'espace de travail n'a pas (%s) ; son contenu a été appliqué, et un paquet complet de l'expéditeur comblera le manque.</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publié</translation>
        </message>
    </context>
    <context>
        <name>LineDiffView</name>
        <message numerus="yes">
            <source>%n unchanged lines</source>
            <translation>
                <numerusform>%n ligne inchangée</numerusform>
                <numerusform>%n lignes inchangées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinkedRecordsPanel</name>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Add to %s</source>
            <translation>Ajouter à %s</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove from %s</source>
            <translation>Retirer de %s</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln links</source>
            <translation>
                <numerusform>Ajouter %Ln lien</numerusform>
                <numerusform>Ajouter %Ln liens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln links</source>
            <translation>
                <numerusform>Retirer %Ln lien</numerusform>
                <numerusform>Retirer %Ln liens</numerusform>
            </translation>
        </message>
        <message>
            <source>Link %s</source>
            <translation>Lier %s</translation>
        </message>
        <message>
            <source>Unlink %s</source>
            <translation>Délier %s</translation>
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
            <translation>Ouverture de l'espace de travail…</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>%s (sample)</source>
            <translation>%s (exemple)</translation>
        </message>
        <message>
            <source>Saved. Everything you type is also saved as you go.</source>
            <translation>Enregistré. Tout ce que vous tapez est aussi enregistré au fur et à mesure.</translation>
        </message>
        <message>
            <source>Nothing to print here: open an action plan, a symposium or a note, then press %s again.</source>
            <translation>Rien à imprimer ici : ouvrez un plan d'action, un symposium ou une note, puis appuyez de nouveau sur %s.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importer un paquet</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>Paquets GCEN (*.gcen);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cannot import yet</source>
            <translation>Import impossible pour l'instant</translation>
        </message>
        <message>
            <source>This version cannot import bundles. Ask your team for the latest GCEN Desktop.</source>
            <translation>Cette version ne sait pas importer de paquets. Demandez à votre équipe la dernière version de GCEN Desktop.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;About GCEN Desktop</source>
            <translation>À &amp;propos de GCEN Desktop</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>&amp;Save now</source>
            <translation>&amp;Enregistrer maintenant</translation>
        </message>
        <message>
            <source>Print or e&amp;xport…</source>
            <translation>Imprimer ou e&amp;xporter…</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Importer un paquet…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un espace &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>New &amp;workspace…</source>
            <translation>Nouvel &amp;espace de travail…</translation>
        </message>
        <message>
            <source>&amp;Open a workspace…</source>
            <translation>&amp;Ouvrir un espace de travail…</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>No recent workspaces</source>
            <translation>Aucun espace de travail récent</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Côte à côte</translation>
        </message>
        <message>
            <source>Show only the Markdown text</source>
            <translation>Afficher seulement le texte Markdown</translation>
        </message>
        <message>
            <source>Show the text and its preview side by side</source>
            <translation>Afficher le texte et son aperçu côte à côte</translation>
        </message>
        <message>
            <source>Show only the preview</source>
            <translation>Afficher seulement l'aperçu</translation>
        </message>
        <message>
            <source>Note text (Markdown)</source>
            <translation>Texte de la note (Markdown)</translation>
        </message>
        <message>
            <source>Write here. Markdown works: # heading, **bold**, - lists, &gt; quotes.</source>
            <translation>Écrivez ici. Le Markdown fonctionne : # titre, **gras**, - listes, &gt; citations.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
    </context>
    <context>
        <name>NetworkSection</name>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>What other cities publish, kept here read-only. Adapt a practice in a plan of your own.</source>
            <translation>Ce que publient les autres villes, gardé ici en lecture seule. Adaptez une pratique dans un plan à vous.</translation>
        </message>
        <message>
            <source>Import publication…</source>
            <translation>Importer une publication…</translation>
        </message>
        <message>
            <source>Import another city's publication</source>
            <translation>Importer la publication d'une autre ville</translation>
        </message>
        <message>
            <source>The network library is empty. When another city sends you its publication, or the network hub its digest, bring it in with “Import publication…”: its practices, plans and readings appear here, with their city and date.</source>
            <translation>La bibliothèque du réseau est vide. Quand une autre ville vous envoie sa publication, ou le hub du réseau son résumé, faites-la entrer avec « Importer une publication… » : ses pratiques, plans et lectures apparaissent ici, avec leur ville et leur date.</translation>
        </message>
        <message>
            <source>Search the network library</source>
            <translation>Rechercher dans la bibliothèque du réseau</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Groupe de travail</translation>
        </message>
        <message>
            <source>Working-group topic</source>
            <translation>Thème du groupe de travail</translation>
        </message>
        <message>
            <source>No publication matches. Clear the search or the filters to see them all.</source>
            <translation>Aucune publication ne correspond. Effacez la recherche ou les filtres pour toutes les voir.</translation>
        </message>
        <message>
            <source>Publications of other cities</source>
            <translation>Publications des autres villes</translation>
        </message>
        <message>
            <source>Adapt in a new plan</source>
            <translation>Adapter dans un nouveau plan</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan of your team</source>
            <translation>Adapter cette pratique dans un nouveau plan de votre équipe</translation>
        </message>
        <message>
            <source>Write a receipt…</source>
            <translation>Écrire un accusé de réception…</translation>
        </message>
        <message>
            <source>Write a receipt for the city of this publication</source>
            <translation>Écrire un accusé de réception pour la ville de cette publication</translation>
        </message>
        <message>
            <source>The publication's text</source>
            <translation>Le texte de la publication</translation>
        </message>
        <message>
            <source>Your plans adapted from it:</source>
            <translation>Vos plans qui l’adaptent :</translation>
        </message>
        <message>
            <source>Open the plan %s</source>
            <translation>Ouvrir le plan %s</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Toutes les villes</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Tous les groupes de travail</translation>
        </message>
        <message>
            <source>All working-group topics</source>
            <translation>Tous les thèmes de groupe de travail</translation>
        </message>
        <message>
            <source>No publication chosen</source>
            <translation>Aucune publication choisie</translation>
        </message>
        <message>
            <source>A file for %1's team saying what your network library holds of their publications: once they import it, their next publication for you carries only what you lack.</source>
            <translation>Un fichier pour l'équipe de %1 qui dit ce que votre bibliothèque du réseau détient de ses publications : une fois importé, sa prochaine publication pour vous ne portera que ce qui vous manque.</translation>
        </message>
        <message>
            <source>published %s</source>
            <translation>publié le %s</translation>
        </message>
        <message>
            <source>New plan adapting %s.</source>
            <translation>Nouveau plan adaptant %s.</translation>
        </message>
        <message>
            <source>Adapt %s in a new plan</source>
            <translation>Adapter %s dans un nouveau plan</translation>
        </message>
        <message>
            <source>Save a receipt for %s</source>
            <translation>Enregistrer un accusé de réception pour %s</translation>
        </message>
        <message>
            <source>Saved the receipt for %1 to %2: send it to %1's team.</source>
            <translation>Accusé de réception pour %1 enregistré dans %2 : envoyez-le à l'équipe de %1.</translation>
        </message>
        <message>
            <source>Import a publication</source>
            <translation>Importer une publication</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>Publication GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Un import est déjà en cours ; attendez qu'il se termine.</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <source>New action plan</source>
            <translation>Nouveau plan d'action</translation>
        </message>
        <message>
            <source>e.g. Grow and keep a high-quality teaching force</source>
            <translation>p. ex. Développer et fidéliser un corps enseignant de qualité</translation>
        </message>
        <message>
            <source>Plan title</source>
            <translation>Titre du plan</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Partir de</translation>
        </message>
        <message>
            <source>A blank plan</source>
            <translation>Un plan vierge</translation>
        </message>
        <message>
            <source>Cycle of inquiry</source>
            <translation>Cycle de recherche</translation>
        </message>
        <message>
            <source>Innovation at scale</source>
            <translation>Innovation à grande échelle</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Create plan</source>
            <translation>Créer le plan</translation>
        </message>
        <message>
            <source>Start with an empty plan and add goals and actions yourself.</source>
            <translation>Partir d'un plan vide et ajouter soi-même les objectifs et les actions.</translation>
        </message>
        <message>
            <source>Inquiry → discussion → planning → action → review</source>
            <translation>Recherche → discussion → planification → action → bilan</translation>
        </message>
        <message>
            <source>Five goals, one per stage of the cycle, each with three actions to adapt. Goal due dates are spread over the plan's dates.</source>
            <translation>Cinq objectifs, un par étape du cycle, chacun avec trois actions à adapter. Les échéances des objectifs sont réparties sur les dates du plan.</translation>
        </message>
        <message>
            <source>Set goals, create flexibility, develop talent, build networks</source>
            <translation>Fixer des objectifs, créer de la flexibilité, développer les talents, construire des réseaux</translation>
        </message>
        <message>
            <source>Four goals, one per lever of innovation at scale, each with three actions to adapt.</source>
            <translation>Quatre objectifs, un par levier de l'innovation à grande échelle, chacun avec trois actions à adapter.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Choose a note on the left, or press “New note” to write one.</source>
            <translation>Choisissez une note à gauche, ou appuyez sur « Nouvelle note » pour en rédiger une.</translation>
        </message>
        <message>
            <source>Note title</source>
            <translation>Titre de la note</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Note details</source>
            <translation>Détails de la note</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Groupe de travail</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Symposium</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message numerus="yes">
            <source>%Ln files</source>
            <translation>
                <numerusform>%Ln fichier</numerusform>
                <numerusform>%Ln fichiers</numerusform>
            </translation>
        </message>
        <message>
            <source>“%s” was deleted elsewhere while you typed; your text is kept (see Conflicts).</source>
            <translation>« %s » a été supprimée ailleurs pendant que vous écriviez ; votre texte est conservé (voir Conflits).</translation>
        </message>
        <message>
            <source>Where this note is used</source>
            <translation>Où cette note est utilisée</translation>
        </message>
        <message>
            <source>Details, tags and files</source>
            <translation>Détails, étiquettes et fichiers</translation>
        </message>
        <message>
            <source>Used as evidence in plan %s</source>
            <translation>Utilisée comme élément probant dans le plan %s</translation>
        </message>
        <message>
            <source>Related to %s</source>
            <translation>Liée à %s</translation>
        </message>
        <message>
            <source>Not used in any plan yet.</source>
            <translation>Utilisée dans aucun plan pour l'instant.</translation>
        </message>
        <message>
            <source>A note needs a title.</source>
            <translation>Une note doit avoir un titre.</translation>
        </message>
        <message>
            <source>Rename note</source>
            <translation>Renommer la note</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>Modifier les étiquettes</translation>
        </message>
        <message>
            <source>Edit note text</source>
            <translation>Modifier le texte de la note</translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Session notes, site visits, reflections and meetings.</source>
            <translation>Notes de séance, visites de terrain, réflexions et réunions.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Save the open note as a document</source>
            <translation>Enregistrer la note ouverte comme document</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected notes</source>
            <translation>Supprimer les notes sélectionnées</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifiée</translation>
        </message>
        <message>
            <source>No notes yet. Press “New note” (Ctrl+N) to write your first one.</source>
            <translation>Aucune note pour l'instant. Appuyez sur « Nouvelle note » (Ctrl+N) pour rédiger la première.</translation>
        </message>
        <message>
            <source>Filter notes by title</source>
            <translation>Filtrer les notes par titre</translation>
        </message>
        <message>
            <source>Show notes of kind</source>
            <translation>Afficher les notes du type</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Show notes of working group</source>
            <translation>Afficher les notes du groupe de travail</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Tous les groupes de travail</translation>
        </message>
        <message>
            <source>Untitled note</source>
            <translation>Note sans titre</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln notes</source>
            <translation>
                <numerusform>Supprimer %Ln note</numerusform>
                <numerusform>Supprimer %Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln notes to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>%Ln note placée dans la corbeille. Annuler la ramène.</numerusform>
                <numerusform>%Ln notes placées dans la corbeille. Annuler les ramène.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Supprimer la note</translation>
        </message>
    </context>
    <context>
        <name>PeerTableModel</name>
        <message>
            <source>Teammate</source>
            <translation>Coéquipier</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Empreinte de la clé</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Dernier échange</translation>
        </message>
        <message>
            <source>no key yet</source>
            <translation>pas encore de clé</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
    </context>
    <context>
        <name>PeersPanel</name>
        <message>
            <source>Teammates</source>
            <translation>Coéquipiers</translation>
        </message>
        <message>
            <source>Everyone whose bundles you imported. Before trusting a key, compare its fingerprint with the teammate, e.g. by phone.</source>
            <translation>Toutes les personnes dont vous avez importé des paquets. Avant d'approuver une clé, comparez son empreinte avec le coéquipier, p. ex. par téléphone.</translation>
        </message>
        <message>
            <source>Teammates and their keys</source>
            <translation>Coéquipiers et leurs clés</translation>
        </message>
        <message>
            <source>No teammates yet. Import a bundle from one, or send them yours.</source>
            <translation>Aucun coéquipier pour l'instant. Importez un paquet de l'un d'eux, ou envoyez-lui le vôtre.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Dismiss the refused bundles</source>
            <translation>Ne plus afficher les paquets refusés</translation>
        </message>
        <message>
            <source>Trust this key</source>
            <translation>Approuver cette clé</translation>
        </message>
        <message>
            <source>Trust the selected teammate's key</source>
            <translation>Approuver la clé du coéquipier sélectionné</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions, the second in bundles from %2 (%1's store or theirs wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Des modifications de %1 sont arrivées en deux versions différentes, la seconde dans des paquets de %2 (l'autre version a été écrite par le poste de %1 ou par le leur) ; tous les postes gardent la même version, et l'autre est conservée comme preuve.</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions (%1's store, or a teammate who passed them on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>Des modifications de %1 sont arrivées en deux versions différentes (l'autre version a été écrite par le poste de %1 ou par un coéquipier qui les a transmises) ; tous les postes gardent la même version, et l'autre est conservée comme preuve.</translation>
        </message>
        <message>
            <source>Refused on %1 (%2): %3</source>
            <translation>Refusé le %1 (%2) : %3</translation>
        </message>
    </context>
    <context>
        <name>PeopleSection</name>
        <message>
            <source>People &amp; cities</source>
            <translation>Personnes et villes</translation>
        </message>
        <message>
            <source>Your team's members and the cities of the network.</source>
            <translation>Les membres de votre équipe et les villes du réseau.</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <source>Add city</source>
            <translation>Ajouter une ville</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>No team members yet. Add the people in your city team with “Add person”.</source>
            <translation>Aucun membre d'équipe pour l'instant. Ajoutez les personnes de votre équipe municipale avec « Ajouter une personne ».</translation>
        </message>
        <message>
            <source>Filter people by name</source>
            <translation>Filtrer les personnes par nom</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Pratiques</translation>
        </message>
        <message>
            <source>No cities yet. Add the cities of your network with “Add city”.</source>
            <translation>Aucune ville pour l'instant. Ajoutez les villes de votre réseau avec « Ajouter une ville ».</translation>
        </message>
        <message>
            <source>Filter cities by name</source>
            <translation>Filtrer les villes par nom</translation>
        </message>
        <message>
            <source>Team members</source>
            <translation>Membres de l'équipe</translation>
        </message>
        <message>
            <source>Network cities</source>
            <translation>Villes du réseau</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>Nouvelle ville</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>Ajouter %s</translation>
        </message>
        <message>
            <source>You cannot delete yourself; choose someone else in Preferences first.</source>
            <translation>Vous ne pouvez pas vous supprimer vous-même ; choisissez d'abord quelqu'un d'autre dans les Préférences.</translation>
        </message>
        <message>
            <source>Delete %s</source>
            <translation>Supprimer %s</translation>
        </message>
    </context>
    <context>
        <name>PlanBoard</name>
        <message>
            <source>Drag a card to another column to change its status, or select it and press Ctrl+Left / Ctrl+Right. Enter opens it.</source>
            <translation>Faites glisser une carte vers une autre colonne pour changer son statut, ou sélectionnez-la et appuyez sur Ctrl+Gauche / Ctrl+Droite. Entrée l'ouvre.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Actions done</source>
            <translation>Actions terminées</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>Exporter le plan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>Problème de pratique</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Groupe de travail</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Adapted from</source>
            <translation>Adapté de</translation>
        </message>
        <message>
            <source>Which cities' practices does this plan adapt? Add them here so the practice shows the plans built on it.</source>
            <translation>De quelles pratiques de quelles villes ce plan s'inspire-t-il ? Ajoutez-les ici pour que la pratique affiche les plans qui en découlent.</translation>
        </message>
        <message>
            <source>Adapted from which practices and cities?</source>
            <translation>Adapté de quelles pratiques et villes ?</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments probants</translation>
        </message>
        <message>
            <source>No evidence linked yet. Add the readings and notes (case studies, site-visit notes) this plan draws on.</source>
            <translation>Aucun élément probant lié pour l'instant. Ajoutez les lectures et notes (études de cas, notes de visites de terrain) sur lesquelles ce plan s'appuie.</translation>
        </message>
        <message>
            <source>Add readings and notes as evidence</source>
            <translation>Ajouter des lectures et des notes comme éléments probants</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>Objectifs et actions</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <source>No plan open</source>
            <translation>Aucun plan ouvert</translation>
        </message>
        <message>
            <source>An action plan turns a practice you studied into steps for your city: goals with indicators, actions with owners and dates. Start from a blank page or from the network's cycle of inquiry.</source>
            <translation>Un plan d'action transforme une pratique étudiée en étapes pour votre ville : des objectifs avec des indicateurs, des actions avec des responsables et des dates. Partez d'une page blanche ou du cycle de recherche du réseau.</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Nouveau plan…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>À partir du cycle de recherche…</translation>
        </message>
        <message>
            <source>owner: %s</source>
            <translation>responsable : %s</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%1 action sur %Ln terminée</numerusform>
                <numerusform>%1 actions sur %Ln terminées</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>Responsable du plan</translation>
        </message>
        <message>
            <source>Move plan to stage %s</source>
            <translation>Faire passer le plan à l'étape %s</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n actions to %1.</source>
            <translation>
                <numerusform>%n action enregistrée dans %1.</numerusform>
                <numerusform>%n actions enregistrées dans %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanFilterBar</name>
        <message>
            <source>Filter plans by title</source>
            <translation>Filtrer les plans par titre</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>Statut du plan</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
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
            <translation>Étape</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Plans d'action</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Nouveau plan</translation>
        </message>
        <message>
            <source>Blank plan…</source>
            <translation>Plan vierge…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>À partir du cycle de recherche…</translation>
        </message>
        <message>
            <source>From innovation at scale…</source>
            <translation>À partir de l'innovation à grande échelle…</translation>
        </message>
        <message>
            <source>No plans yet. Start one with “New plan” — from a blank page or from the cycle of inquiry.</source>
            <translation>Aucun plan pour l'instant. Commencez-en un avec « Nouveau plan » — à partir d'une page blanche ou du cycle de recherche.</translation>
        </message>
        <message>
            <source>No plan matches the filter. Clear it to see every plan.</source>
            <translation>Aucun plan ne correspond au filtre. Effacez-le pour voir tous les plans.</translation>
        </message>
    </context>
    <context>
        <name>PlansSection</name>
        <message>
            <source>Action plans</source>
            <translation>Plans d'action</translation>
        </message>
        <message>
            <source>Delete plan %s</source>
            <translation>Supprimer le plan %s</translation>
        </message>
        <message>
            <source>New plan %s</source>
            <translation>Nouveau plan %s</translation>
        </message>
    </context>
    <context>
        <name>PracticesSection</name>
        <message>
            <source>Practice</source>
            <translation>Pratique</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Pratiques</translation>
        </message>
        <message>
            <source>New practice</source>
            <translation>Nouvelle pratique</translation>
        </message>
        <message>
            <source>Filter practices by title</source>
            <translation>Filtrer les pratiques par titre</translation>
        </message>
        <message>
            <source>No practices yet. Add what you saw on a site visit or read in a case study: “New practice”.</source>
            <translation>Aucune pratique pour l'instant. Ajoutez ce que vous avez vu lors d'une visite de terrain ou lu dans une étude de cas : « Nouvelle pratique ».</translation>
        </message>
        <message>
            <source>No practice matches the filter. Clear it to see them all.</source>
            <translation>Aucune pratique ne correspond au filtre. Effacez-le pour toutes les voir.</translation>
        </message>
        <message>
            <source>Adapt in a new plan…</source>
            <translation>Adapter dans un nouveau plan…</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan</source>
            <translation>Adapter cette pratique dans un nouveau plan</translation>
        </message>
        <message>
            <source>Delete this practice</source>
            <translation>Supprimer cette pratique</translation>
        </message>
        <message>
            <source>Plans that adapt it</source>
            <translation>Plans qui l'adaptent</translation>
        </message>
        <message>
            <source>No plan adapts this practice yet. “Adapt in a new plan…” starts one.</source>
            <translation>Aucun plan n'adapte encore cette pratique. « Adapter dans un nouveau plan… » en commence un.</translation>
        </message>
        <message>
            <source>No practice open</source>
            <translation>Aucune pratique ouverte</translation>
        </message>
        <message>
            <source>The portfolio holds what other cities do that works: what you saw on site visits and read in case studies, with the plans that adapt it here.</source>
            <translation>Le portfolio rassemble ce qui fonctionne dans les autres villes : ce que vous avez vu lors des visites de terrain et lu dans les études de cas, avec les plans qui l'adaptent ici.</translation>
        </message>
        <message>
            <source>Choose a practice on the left, or add one with “New practice”.</source>
            <translation>Choisissez une pratique à gauche, ou ajoutez-en une avec « Nouvelle pratique ».</translation>
        </message>
        <message>
            <source>Delete practice %s</source>
            <translation>Supprimer la pratique %s</translation>
        </message>
        <message>
            <source>Adapting: %s</source>
            <translation>Adaptation : %s</translation>
        </message>
        <message>
            <source>New plan adapting %s</source>
            <translation>Nouveau plan adaptant %s</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Nouveau plan</translation>
        </message>
        <message>
            <source>Adapt practice</source>
            <translation>Adapter la pratique</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Who you are</source>
            <translation>Qui vous êtes</translation>
        </message>
        <message>
            <source>— choose yourself —</source>
            <translation>— choisissez-vous —</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>Vous êtes</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Dossier partagé</translation>
        </message>
        <message>
            <source>A synced drive or USB folder your team uses</source>
            <translation>Un lecteur synchronisé ou un dossier USB utilisé par votre équipe</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>Choisir le dossier partagé</translation>
        </message>
        <message>
            <source>A new language applies the next time GCEN Desktop starts. Who you are decides whose reading statuses you set and which readings Home shows as yours.</source>
            <translation>Une nouvelle langue s'applique au prochain démarrage de GCEN Desktop. Qui vous êtes détermine les statuts de lecture que vous réglez et les lectures que l'Accueil affiche comme les vôtres.</translation>
        </message>
        <message>
            <source>You are now %s.</source>
            <translation>Vous êtes maintenant %s.</translation>
        </message>
        <message>
            <source>%s: restart GCEN Desktop to see it in this language.</source>
            <translation>%s : redémarrez GCEN Desktop pour le voir dans cette langue.</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>PublishPanel</name>
        <message>
            <source>Publish to the network</source>
            <translation>Publier dans le réseau</translation>
        </message>
        <message>
            <source>What your team marked “Network”, for other cities: its current text, never its history; what is no longer marked is withdrawn.</source>
            <translation>Ce que votre équipe a marqué « Réseau », pour les autres villes : son texte actuel, jamais son historique ; ce qui n'est plus marqué est retiré.</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Pour :</translation>
        </message>
        <message>
            <source>Who the publication is for</source>
            <translation>À qui est destinée la publication</translation>
        </message>
        <message>
            <source>The network hub, or the name of one city you send it to directly.</source>
            <translation>Le hub du réseau, ou le nom d'une ville à qui vous l'envoyez directement.</translation>
        </message>
        <message>
            <source>What changed since the last publication to it</source>
            <translation>Ce qui a changé depuis la dernière publication pour lui</translation>
        </message>
        <message>
            <source>Everything published now</source>
            <translation>Tout ce qui est publié maintenant</translation>
        </message>
        <message>
            <source>For a receiver that lost a file, or one you never published to.</source>
            <translation>Pour un destinataire qui a perdu un fichier, ou à qui vous n'avez jamais publié.</translation>
        </message>
        <message>
            <source>Publish to the network…</source>
            <translation>Publier dans le réseau…</translation>
        </message>
        <message>
            <source>the network hub</source>
            <translation>le hub du réseau</translation>
        </message>
        <message>
            <source>Nothing new to publish for %s.</source>
            <translation>Rien de nouveau à publier pour %s.</translation>
        </message>
        <message numerus="yes">
            <source>For %1: %2 (%n of them sent before, not acknowledged yet).</source>
            <translation>
                <numerusform>Pour %1 : %2 (dont %n déjà envoyée, pas encore confirmée).</numerusform>
                <numerusform>Pour %1 : %2 (dont %n déjà envoyées, pas encore confirmées).</numerusform>
            </translation>
        </message>
        <message>
            <source>For %1: %2.</source>
            <translation>Pour %1 : %2.</translation>
        </message>
        <message>
            <source>Nothing to publish</source>
            <translation>Rien à publier</translation>
        </message>
        <message>
            <source>Nothing changed for %s since your last publication to it. Choose “Everything published now” to send it all again, or mark records “Network” first.</source>
            <translation>Rien n'a changé pour %s depuis votre dernière publication. Choisissez « Tout ce qui est publié maintenant » pour tout renvoyer, ou marquez d'abord des éléments « Réseau ».</translation>
        </message>
        <message>
            <source>Publish for %1: %2?

Other cities get the current text of these records, never their history.</source>
            <translation>Publier pour %1 : %2 ?

Les autres villes reçoivent le texte actuel de ces éléments, jamais leur historique.</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>Publier…</translation>
        </message>
        <message>
            <source>Save the publication as</source>
            <translation>Enregistrer la publication sous</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>Publication GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>Écriture de %s…</translation>
        </message>
        <message numerus="yes">
            <source>This publication was larger than one file may be, so it was saved as %Ln files, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.</source>
            <translation>
                <numerusform>Cette publication dépassait la taille d'un seul fichier : elle a été enregistrée en %Ln fichier, de %1 à %2 (%3 en tout). Envoyez-les tous à %4 : chacun s'importe seul.</numerusform>
                <numerusform>Cette publication dépassait la taille d'un seul fichier : elle a été enregistrée en %Ln fichiers, de %1 à %2 (%3 en tout). Envoyez-les tous à %4 : chacun s'importe seul.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1 (%2). Send it to %3.</source>
            <translation>Enregistré : %1 (%2). Envoyez-le à %3.</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %s. Make them smaller (or give them fewer tags, attachments or parts) and publish again.</source>
            <translation>Aucune publication ne peut porter ces fiches : elles sont restées ici et le reste a été publié : %s. Réduisez-les (ou donnez-leur moins d'étiquettes, de pièces jointes ou de parties) et publiez à nouveau.</translation>
        </message>
        <message>
            <source>Publication saved: %s</source>
            <translation>Publication enregistrée : %s</translation>
        </message>
        <message>
            <source>%s '%s': too many tags, attachments or parts</source>
            <translation>%s « %s » : trop d'étiquettes, de pièces jointes ou de parties</translation>
        </message>
        <message>
            <source>%s '%s': too large</source>
            <translation>%s « %s » : trop volumineux</translation>
        </message>
        <message>
            <source>%s '%s': its attachments are too large together</source>
            <translation>%s « %s » : ses pièces jointes sont trop volumineuses ensemble</translation>
        </message>
        <message>
            <source>%s '%s': a value other cities cannot read</source>
            <translation>%s « %s » : une valeur que les autres villes ne peuvent pas lire</translation>
        </message>
        <message>
            <source>Publishing cancelled; no file was written.</source>
            <translation>Publication annulée ; aucun fichier n'a été écrit.</translation>
        </message>
    </context>
    <context>
        <name>PublishWords</name>
        <message numerus="yes">
            <source>%n practices</source>
            <translation>
                <numerusform>%n pratique</numerusform>
                <numerusform>%n pratiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plans</source>
            <translation>
                <numerusform>%n plan</numerusform>
                <numerusform>%n plans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n readings</source>
            <translation>
                <numerusform>%n lecture</numerusform>
                <numerusform>%n lectures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symposia</source>
            <translation>
                <numerusform>%n symposium</numerusform>
                <numerusform>%n symposiums</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working groups</source>
            <translation>
                <numerusform>%n groupe de travail</numerusform>
                <numerusform>%n groupes de travail</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goals</source>
            <translation>
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda items</source>
            <translation>
                <numerusform>%n point de l'ordre du jour</numerusform>
                <numerusform>%n points de l'ordre du jour</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <source>%1 with %2</source>
            <translation>%1 avec %2</translation>
        </message>
        <message>
            <source>%1 withdrawn</source>
            <translation>retrait : %1</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
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
            <translation>Choisissez une lecture à gauche, ou appuyez sur « Ajouter une lecture ».</translation>
        </message>
        <message>
            <source>My reading status</source>
            <translation>Mon statut de lecture</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>Mon statut</translation>
        </message>
        <message>
            <source>Reading status of each teammate</source>
            <translation>Statut de lecture de chaque coéquipier</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Auteurs</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>Publié dans</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Attribuée à</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Groupe de travail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Pourquoi c'est important</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>PDF and files</source>
            <translation>PDF et fichiers</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences to keep your own status.</source>
            <translation>Choisissez qui vous êtes dans les Préférences pour garder votre propre statut.</translation>
        </message>
        <message>
            <source>No teammate has marked it yet.</source>
            <translation>Aucun coéquipier ne l'a encore marquée.</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>Marquer comme %s</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>Modifier les étiquettes</translation>
        </message>
    </context>
    <context>
        <name>ReadingsSection</name>
        <message>
            <source>Readings</source>
            <translation>Lectures</translation>
        </message>
        <message>
            <source>Case studies, background papers and reports the team reads.</source>
            <translation>Études de cas, documents de référence et rapports que l'équipe lit.</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>Ajouter la lecture</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Import readings from RIS, BibTeX or CSL-JSON</source>
            <translation>Importer des lectures depuis RIS, BibTeX ou CSL-JSON</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Export readings to RIS, BibTeX or CSL-JSON</source>
            <translation>Exporter des lectures en RIS, BibTeX ou CSL-JSON</translation>
        </message>
        <message>
            <source>Readings shown…</source>
            <translation>Lectures affichées…</translation>
        </message>
        <message>
            <source>Selected readings…</source>
            <translation>Lectures sélectionnées…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected readings</source>
            <translation>Supprimer les lectures sélectionnées</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Auteurs</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>Mon statut</translation>
        </message>
        <message>
            <source>No readings match. Add one with “Add reading”, import a RIS or BibTeX file, or clear the filters.</source>
            <translation>Aucune lecture ne correspond. Ajoutez-en une avec « Ajouter une lecture », importez un fichier RIS ou BibTeX, ou effacez les filtres.</translation>
        </message>
        <message>
            <source>Filter readings by title</source>
            <translation>Filtrer les lectures par titre</translation>
        </message>
        <message>
            <source>Show readings of type</source>
            <translation>Afficher les lectures du type</translation>
        </message>
        <message>
            <source>Show readings with my status</source>
            <translation>Afficher les lectures avec mon statut</translation>
        </message>
        <message>
            <source>Show readings of year</source>
            <translation>Afficher les lectures de l'année</translation>
        </message>
        <message>
            <source>Show readings with tag</source>
            <translation>Afficher les lectures avec l'étiquette</translation>
        </message>
        <message>
            <source>Show readings of working group</source>
            <translation>Afficher les lectures du groupe de travail</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Toutes les années</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Tous les groupes de travail</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln readings</source>
            <translation>
                <numerusform>Supprimer %Ln lecture</numerusform>
                <numerusform>Supprimer %Ln lectures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln readings to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>%Ln lecture placée dans la corbeille. Annuler la ramène.</numerusform>
                <numerusform>%Ln lectures placées dans la corbeille. Annuler les ramène.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading lists (%1);;All files (*)</source>
            <translation>Listes de lecture (%1);;Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln more readings from %1.</source>
            <translation>
                <numerusform>%Ln lecture de plus importée depuis %1.</numerusform>
                <numerusform>%Ln lectures de plus importées depuis %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, as already in the workspace or repeated in the file (same DOI; or same title, year and first author; or same web address and title): %1.</source>
            <translation>Ignorées, car déjà dans l'espace de travail ou répétées dans le fichier (même DOI ; ou même titre, année et premier auteur ; ou même adresse web et titre) : %1.</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>et %1 de plus</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln readings to %1.</source>
            <translation>
                <numerusform>%Ln lecture exportée dans %1.</numerusform>
                <numerusform>%Ln lectures exportées dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete reading</source>
            <translation>Supprimer la lecture</translation>
        </message>
        <message>
            <source>Import readings</source>
            <translation>Importer des lectures</translation>
        </message>
        <message>
            <source>Importing %s…</source>
            <translation>Import de %s…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Import %s</source>
            <translation>Importer %s</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import terminé</translation>
        </message>
        <message>
            <source>Import them anyway</source>
            <translation>Les importer quand même</translation>
        </message>
        <message>
            <source>“%1” has the DOI of “%2”</source>
            <translation>« %1 » a le DOI de « %2 »</translation>
        </message>
        <message>
            <source>“%1” has the title, year and first author of “%2”</source>
            <translation>« %1 » a le titre, l'année et le premier auteur de « %2 »</translation>
        </message>
        <message>
            <source>“%1” has the web address and title of “%2”</source>
            <translation>« %1 » a l'adresse web et le titre de « %2 »</translation>
        </message>
        <message>
            <source>“%1” looks like “%2”</source>
            <translation>« %1 » ressemble à « %2 »</translation>
        </message>
        <message>
            <source>%1 (earlier in the file)</source>
            <translation>%1 (plus haut dans le fichier)</translation>
        </message>
        <message>
            <source>Readings added from %1: %2.</source>
            <translation>Lectures ajoutées depuis %1 : %2.</translation>
        </message>
        <message>
            <source>Left out, as they could not be read: %1.</source>
            <translation>Écartées, car illisibles : %1.</translation>
        </message>
        <message>
            <source>Export readings</source>
            <translation>Exporter des lectures</translation>
        </message>
        <message>
            <source>Select the readings to export first.</source>
            <translation>Sélectionnez d'abord les lectures à exporter.</translation>
        </message>
        <message>
            <source>Export selected readings</source>
            <translation>Exporter les lectures sélectionnées</translation>
        </message>
        <message>
            <source>No readings are shown, so there is nothing to export.</source>
            <translation>Aucune lecture n'est affichée ; il n'y a donc rien à exporter.</translation>
        </message>
    </context>
    <context>
        <name>ReceiveFlow</name>
        <message>
            <source>Importing %s…</source>
            <translation>Import de %s…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Import annulé ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>another city</source>
            <translation>une autre ville</translation>
        </message>
        <message>
            <source>This publication says it comes from %1, and it is signed by a key you have not trusted for that city yet. Its fingerprint is:

%2

Ask %1's team for the fingerprint of their key (by phone, or on the network hub's page) and trust it only if the two are the same.</source>
            <translation>Cette publication dit venir de %1, et elle est signée par une clé à laquelle vous n'avez pas encore fait confiance pour cette ville. Son empreinte est :

%2

Demandez à l'équipe de %1 l'empreinte de sa clé (par téléphone, ou sur la page du hub du réseau) et ne lui faites confiance que si les deux sont identiques.</translation>
        </message>
        <message>
            <source>A key you have not trusted yet</source>
            <translation>Une clé à laquelle vous n'avez pas encore fait confiance</translation>
        </message>
        <message>
            <source>Trust it and import</source>
            <translation>Lui faire confiance et importer</translation>
        </message>
        <message numerus="yes">
            <source>%1 holds %n of your published records; your next publication for it carries only what it lacks.</source>
            <translation>
                <numerusform>%1 détient %n de vos fiches publiées ; votre prochaine publication pour cette ville ne portera que ce qui lui manque.</numerusform>
                <numerusform>%1 détient %n de vos fiches publiées ; votre prochaine publication pour cette ville ne portera que ce qui lui manque.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrived</source>
            <translation>
                <numerusform>%n arrivée</numerusform>
                <numerusform>%n arrivées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n mise à jour</numerusform>
                <numerusform>%n mises à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n withdrawn</source>
            <translation>
                <numerusform>%n retirée</numerusform>
                <numerusform>%n retirées</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: nothing new in this publication.</source>
            <translation>%1 : rien de nouveau dans cette publication.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1 : %2.</translation>
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
            <translation>(supprimé)</translation>
        </message>
        <message>
            <source>A newer version of GCEN Desktop set this; update it to change this value.</source>
            <translation>Une version plus récente de GCEN Desktop a défini cette valeur ; mettez l'application à jour pour la modifier.</translation>
        </message>
        <message>
            <source>Teammates wrote different values here; see Conflicts.</source>
            <translation>Des coéquipiers ont saisi des valeurs différentes ici ; voir Conflits.</translation>
        </message>
        <message>
            <source>Other cities get its current text when your team publishes to the network, not its history.</source>
            <translation>Les autres villes reçoivent son texte actuel quand votre équipe publie dans le réseau, pas son historique.</translation>
        </message>
        <message>
            <source>%s was not changed: type a date like %s or %s.</source>
            <translation>%s n'a pas été modifié : saisissez une date comme %s ou %s.</translation>
        </message>
        <message>
            <source>%s cannot be empty.</source>
            <translation>%s ne peut pas être vide.</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Modifier %s</translation>
        </message>
    </context>
    <context>
        <name>RecordPickerDialog</name>
        <message>
            <source>Type to find by title…</source>
            <translation>Tapez pour chercher par titre…</translation>
        </message>
        <message>
            <source>Find by title</source>
            <translation>Chercher par titre</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Type d'élément</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Matching records</source>
            <translation>Éléments correspondants</translation>
        </message>
        <message>
            <source>Nothing matches. Try fewer letters, or create the record first.</source>
            <translation>Aucune correspondance. Essayez avec moins de lettres, ou créez d'abord l'élément.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
    </context>
    <context>
        <name>RecordSection</name>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>SavedFileDialog</name>
        <message>
            <source>Export finished</source>
            <translation>Export terminé</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open the saved file</source>
            <translation>Ouvrir le fichier enregistré</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>Show the saved file in its folder</source>
            <translation>Afficher le fichier enregistré dans son dossier</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the workspace</source>
            <translation>Rechercher dans l'espace de travail</translation>
        </message>
        <message>
            <source>Search notes, readings, plans, people…</source>
            <translation>Rechercher des notes, lectures, plans, personnes…</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Texte recherché</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Type a few words; results are grouped by kind. Enter opens the first.</source>
            <translation>Tapez quelques mots ; les résultats sont regroupés par type. Entrée ouvre le premier.</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or different words.</source>
            <translation>Aucun résultat. Essayez avec moins de mots ou d'autres mots.</translation>
        </message>
        <message>
            <source>Still indexing a recent import; some results may be missing.</source>
            <translation>Indexation d'un import récent en cours ; certains résultats peuvent manquer.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln results. Enter opens the selected one.</source>
            <translation>
                <numerusform>%Ln résultat. Entrée l'ouvre.</numerusform>
                <numerusform>%Ln résultats. Entrée ouvre celui qui est sélectionné.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedFolderPanel</name>
        <message>
            <source>Shared folder</source>
            <translation>Dossier partagé</translation>
        </message>
        <message>
            <source>If your team shares a folder (a synced drive), GCEN Desktop puts your bundle there and imports your teammates' bundles every five minutes.</source>
            <translation>Si votre équipe partage un dossier (un lecteur synchronisé), GCEN Desktop y dépose votre paquet et importe ceux de vos coéquipiers toutes les cinq minutes.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Choisir un dossier…</translation>
        </message>
        <message>
            <source>Stop using it</source>
            <translation>Ne plus l'utiliser</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Look at it…</source>
            <translation>Examiner…</translation>
        </message>
        <message>
            <source>Open the bundle with its preview, then decide</source>
            <translation>Ouvrir le paquet avec son aperçu, puis décider</translation>
        </message>
        <message>
            <source>Not available in this build.</source>
            <translation>Non disponible dans cette version.</translation>
        </message>
        <message>
            <source>No shared folder. Bundles travel by USB stick or e-mail.</source>
            <translation>Pas de dossier partagé. Les paquets voyagent par clé USB ou par e-mail.</translation>
        </message>
        <message>
            <source>Choose the folder your team shares</source>
            <translation>Choisissez le dossier que partage votre équipe</translation>
        </message>
        <message>
            <source>Last sync: nothing new from teammates.</source>
            <translation>Dernière synchronisation : rien de nouveau de la part des coéquipiers.</translation>
        </message>
        <message>
            <source>Last sync brought in one bundle.</source>
            <translation>La dernière synchronisation a intégré un paquet.</translation>
        </message>
        <message numerus="yes">
            <source>Last sync brought in %Ln bundles.</source>
            <translation>
                <numerusform>La dernière synchronisation a intégré %Ln paquet.</numerusform>
                <numerusform>La dernière synchronisation a intégré %Ln paquets.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %s</source>
            <translation>Échec de la dernière synchronisation : %s</translation>
        </message>
        <message>
            <source>Waiting for you (not imported automatically):</source>
            <translation>En attente de votre décision (non importés automatiquement) :</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>Could not open the workspace</source>
            <translation>Impossible d'ouvrir l'espace de travail</translation>
        </message>
        <message>
            <source>Open a workspace folder</source>
            <translation>Ouvrir un dossier d'espace de travail</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Nouvel espace de travail</translation>
        </message>
        <message>
            <source>That folder is empty. Create a new workspace in it?</source>
            <translation>Ce dossier est vide. Y créer un nouvel espace de travail ?</translation>
        </message>
        <message>
            <source>Create a workspace…</source>
            <translation>Créer un espace de travail…</translation>
        </message>
        <message>
            <source>No workspace there</source>
            <translation>Aucun espace de travail ici</translation>
        </message>
        <message>
            <source>That folder holds no GCEN workspace; pick the folder you created it in, or an empty folder for a new workspace.</source>
            <translation>Ce dossier ne contient aucun espace de travail GCEN ; choisissez le dossier où vous l'avez créé, ou un dossier vide pour un nouvel espace de travail.</translation>
        </message>
        <message>
            <source>That workspace is open in another window, which is now in front.</source>
            <translation>Cet espace de travail est ouvert dans une autre fenêtre, maintenant au premier plan.</translation>
        </message>
    </context>
    <context>
        <name>StageBar</name>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>Étape du cycle de recherche</translation>
        </message>
        <message>
            <source>Stage %s</source>
            <translation>Étape %s</translation>
        </message>
    </context>
    <context>
        <name>SymposiaSection</name>
        <message>
            <source>Symposium</source>
            <translation>Symposium</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Symposia</source>
            <translation>Symposiums</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>Nouveau symposium</translation>
        </message>
        <message>
            <source>Filter by title</source>
            <translation>Filtrer par titre</translation>
        </message>
        <message>
            <source>No symposia or meetings yet. Add the next one with “New symposium” to plan its agenda and prep checklist.</source>
            <translation>Aucun symposium ni réunion pour l'instant. Ajoutez le prochain avec « Nouveau symposium » pour préparer son programme et sa liste de préparation.</translation>
        </message>
        <message>
            <source>Nothing matches the filter. Clear it to see every event.</source>
            <translation>Rien ne correspond au filtre. Effacez-le pour voir tous les événements.</translation>
        </message>
        <message>
            <source>Delete symposium %s</source>
            <translation>Supprimer le symposium %s</translation>
        </message>
    </context>
    <context>
        <name>SymposiumEditor</name>
        <message>
            <source>Briefing pack</source>
            <translation>Dossier de préparation</translation>
        </message>
        <message>
            <source>Export the briefing pack</source>
            <translation>Exporter le dossier de préparation</translation>
        </message>
        <message>
            <source>Agenda calendar…</source>
            <translation>Programme en agenda…</translation>
        </message>
        <message>
            <source>Save the agenda as a calendar file (iCalendar)</source>
            <translation>Enregistrer le programme comme fichier d'agenda (iCalendar)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ville hôte</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Who is going? Add the team members taking part.</source>
            <translation>Qui y va ? Ajoutez les membres de l'équipe qui participent.</translation>
        </message>
        <message>
            <source>Add participants</source>
            <translation>Ajouter des participants</translation>
        </message>
        <message>
            <source>Readings and notes to prepare with</source>
            <translation>Lectures et notes pour se préparer</translation>
        </message>
        <message>
            <source>Link the readings and notes participants should see before they travel.</source>
            <translation>Liez les lectures et notes que les participants doivent voir avant de partir.</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>Lier des lectures et des notes</translation>
        </message>
        <message>
            <source>Notes taken at this event</source>
            <translation>Notes prises lors de cet événement</translation>
        </message>
        <message>
            <source>Notes whose symposium is this one appear here.</source>
            <translation>Les notes dont le symposium est celui-ci apparaissent ici.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>dans %Ln jour</numerusform>
                <numerusform>dans %Ln jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln prep items done</source>
            <translation>
                <numerusform>%1 élément de préparation sur %Ln fait</numerusform>
                <numerusform>%1 éléments de préparation sur %Ln faits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n agenda items to %1.</source>
            <translation>
                <numerusform>%n séance du programme enregistrée dans %1.</numerusform>
                <numerusform>%n séances du programme enregistrées dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Prep checklist</source>
            <translation>Liste de préparation</translation>
        </message>
        <message>
            <source>Readings and notes</source>
            <translation>Lectures et notes</translation>
        </message>
        <message>
            <source>No symposium open</source>
            <translation>Aucun symposium ouvert</translation>
        </message>
        <message>
            <source>Plan the next symposium or working-group meeting here: its days and sessions, who goes, what to prepare and read, and a briefing pack to share.</source>
            <translation>Préparez ici le prochain symposium ou la prochaine réunion de groupe de travail : ses journées et séances, qui y va, ce qu'il faut préparer et lire, et un dossier de préparation à partager.</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>Nouveau symposium</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync with your team</source>
            <translation>Synchroniser avec votre équipe</translation>
        </message>
        <message>
            <source>Share with other cities</source>
            <translation>Partager avec les autres villes</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Sync information is not available: %s</source>
            <translation>Les informations de synchronisation ne sont pas disponibles : %s</translation>
        </message>
        <message>
            <source>Last exchange: %s.</source>
            <translation>Dernier échange : %s.</translation>
        </message>
        <message>
            <source>No bundles exchanged yet. Export one for your team, or import the one a teammate sent you.</source>
            <translation>Aucun paquet échangé pour l'instant. Exportez-en un pour votre équipe, ou importez celui qu'un coéquipier vous a envoyé.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importer un paquet</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>Paquet GCEN (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Un import est déjà en cours ; attendez qu'il se termine.</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>Annuler le dernier import</translation>
        </message>
        <message>
            <source>Put the workspace back as it was just before the last import? What the import added or changed is taken out again.</source>
            <translation>Remettre l'espace de travail dans l'état où il était juste avant le dernier import ? Ce que l'import a ajouté ou modifié est retiré.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message>
            <source>The last import was undone.</source>
            <translation>Le dernier import a été annulé.</translation>
        </message>
        <message>
            <source>export for the team</source>
            <translation>export pour l'équipe</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Étiquettes, séparées par des virgules</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
    </context>
    <context>
        <name>TimeZoneDialog</name>
        <message>
            <source>Time zone of the agenda</source>
            <translation>Fuseau horaire du programme</translation>
        </message>
        <message>
            <source>The agenda of “%1” lists local times, but its host city does not say which time zone they are in. Choose the time zone of the place where it is held:</source>
            <translation>Le programme de « %1 » indique des heures locales, mais sa ville d'accueil ne dit pas dans quel fuseau horaire. Choisissez le fuseau horaire du lieu où il se tient :</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimé le</translation>
        </message>
    </context>
    <context>
        <name>TrashSection</name>
        <message>
            <source>Trash</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <source>Deleted records stay here until you restore them or delete them permanently.</source>
            <translation>Les éléments supprimés restent ici jusqu'à ce que vous les restauriez ou les supprimiez définitivement.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Restore the selected records</source>
            <translation>Restaurer les éléments sélectionnés</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Supprimer définitivement</translation>
        </message>
        <message>
            <source>Delete the selected records permanently</source>
            <translation>Supprimer définitivement les éléments sélectionnés</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vider la corbeille</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>Vider la corbeille</translation>
        </message>
        <message>
            <source>Deleted records</source>
            <translation>Éléments supprimés</translation>
        </message>
        <message>
            <source>The trash is empty. Anything you delete appears here and can be restored.</source>
            <translation>La corbeille est vide. Tout ce que vous supprimez apparaît ici et peut être restauré.</translation>
        </message>
        <message numerus="yes">
            <source>Restored %Ln records.</source>
            <translation>
                <numerusform>%Ln élément restauré.</numerusform>
                <numerusform>%Ln éléments restaurés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %Ln records</source>
            <translation>
                <numerusform>Restaurer %Ln élément</numerusform>
                <numerusform>Restaurer %Ln éléments</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore from trash</source>
            <translation>Restaurer depuis la corbeille</translation>
        </message>
        <message>
            <source>Teammates who already have them keep them: your deletion reaches them with your bundles, and their copies stay in their own trash until they empty theirs.</source>
            <translation>Les coéquipiers qui les ont déjà les gardent : votre suppression leur parvient avec vos paquets, et leurs copies restent dans leur propre corbeille jusqu'à ce qu'ils la vident.</translation>
        </message>
        <message>
            <source>Delete the selected records permanently? What they say is removed from this computer; they cannot be restored, and this cannot be undone.</source>
            <translation>Supprimer définitivement les éléments sélectionnés ? Leur contenu est retiré de cet ordinateur ; ils ne pourront pas être restaurés, et cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete everything in the trash permanently? What it says is removed from this computer; nothing in it can be restored, and this cannot be undone.</source>
            <translation>Supprimer définitivement tout le contenu de la corbeille ? Il est retiré de cet ordinateur ; rien ne pourra être restauré, et cette action est irréversible.</translation>
        </message>
        <message>
            <source>Deleted permanently.</source>
            <translation>Supprimé définitivement.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <source>the team</source>
            <translation>l'équipe</translation>
        </message>
        <message>
            <source>Teammate using this workspace</source>
            <translation>Coéquipier utilisant cet espace de travail</translation>
        </message>
        <message>
            <source>Changes not yet shared</source>
            <translation>Modifications pas encore partagées</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Dernier échange</translation>
        </message>
        <message>
            <source>Workspace state</source>
            <translation>État de l'espace de travail</translation>
        </message>
        <message>
            <source>Counting changes not yet shared…</source>
            <translation>Décompte des modifications pas encore partagées…</translation>
        </message>
        <message>
            <source>Read-only: this workspace can be read but not changed</source>
            <translation>Lecture seule : cet espace de travail peut être lu mais pas modifié</translation>
        </message>
        <message>
            <source>Damaged: changes are refused; restore a backup or join the workspace again</source>
            <translation>Endommagé : les modifications sont refusées ; restaurez une sauvegarde ou rejoignez de nouveau l'espace de travail</translation>
        </message>
        <message>
            <source>You: %s</source>
            <translation>Vous : %s</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences</source>
            <translation>Choisissez qui vous êtes dans les Préférences</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not yet shared</source>
            <translation>
                <numerusform>%Ln modification pas encore partagée</numerusform>
                <numerusform>%Ln modifications pas encore partagées</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything shared</source>
            <translation>Tout est partagé</translation>
        </message>
        <message>
            <source>Last exchange with %s</source>
            <translation>Dernier échange avec %s</translation>
        </message>
        <message>
            <source>No exchange yet</source>
            <translation>Pas encore d'échange</translation>
        </message>
    </context>
    <context>
        <name>WriterNames</name>
        <message>
            <source>you (this computer)</source>
            <translation>vous (cet ordinateur)</translation>
        </message>
        <message>
            <source>a teammate (%s…)</source>
            <translation>un coéquipier (%s…)</translation>
        </message>
    </context>
    <context>
        <name>_CitiesPage</name>
        <message>
            <source>Practices from this city</source>
            <translation>Pratiques venant de cette ville</translation>
        </message>
        <message>
            <source>No practice in the portfolio comes from this city yet. Set a practice's city on the “Practices” screen.</source>
            <translation>Aucune pratique du portfolio ne vient encore de cette ville. Choisissez la ville d'une pratique dans l'écran « Pratiques ».</translation>
        </message>
    </context>
    <context>
        <name>_MembersPage</name>
        <message>
            <source>This is you.</source>
            <translation>C'est vous.</translation>
        </message>
        <message>
            <source>Working groups: %s</source>
            <translation>Groupes de travail : %s</translation>
        </message>
        <message>
            <source>Not in a working group yet.</source>
            <translation>Dans aucun groupe de travail pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>Deleting</name>
        <message>
            <source>They go to the trash with it, and Undo brings them all back.</source>
            <translation>Tout cela part aussi dans la corbeille ; Édition › Annuler fait tout revenir.</translation>
        </message>
        <message>
            <source>This plan has %1.</source>
            <translation>Ce plan comporte %1.</translation>
        </message>
        <message>
            <source>This plan has %1 and %2.</source>
            <translation>Ce plan comporte %1 et %2.</translation>
        </message>
        <message>
            <source>This goal has %1.</source>
            <translation>Cet objectif comporte %1.</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Supprimer « %1 » ?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>This symposium has %1.</source>
            <translation>Ce symposium comporte %1.</translation>
        </message>
        <message>
            <source>This symposium has %1 and %2.</source>
            <translation>Ce symposium comporte %1 et %2.</translation>
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
            <translation>Document PDF</translation>
        </message>
        <message>
            <source>Word (DOCX)</source>
            <translation>Word (DOCX)</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>Document Word</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Page web (HTML)</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Page web</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>Tableur (CSV)</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Tableur</translation>
        </message>
        <message>
            <source>Calendar (iCalendar)</source>
            <translation>Agenda (iCalendar)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Agenda</translation>
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
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Groupe de travail</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Symposium</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Séance du programme</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Élément de liste</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Reading status</source>
            <translation>Statut de lecture</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Pratique</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Pièce jointe</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Partagé avec</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>Problème de pratique</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ville hôte</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Groupe de travail</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Symposium</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Auteurs</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>Publié dans</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Pourquoi c'est important</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Attribuée à</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Results and evidence</source>
            <translation>Résultats et éléments probants</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>Responsable du plan</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Situation de départ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>Garant</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>Private (this computer only)</source>
            <translation>Privé (cet ordinateur uniquement)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Network (other cities may see it)</source>
            <translation>Réseau (visible par les autres villes)</translation>
        </message>
        <message>
            <source>Superintendent</source>
            <translation>Surintendant</translation>
        </message>
        <message>
            <source>Senior leader</source>
            <translation>Cadre dirigeant</translation>
        </message>
        <message>
            <source>Content expert</source>
            <translation>Expert thématique</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>Partie prenante</translation>
        </message>
        <message>
            <source>Practitioner-leader</source>
            <translation>Praticien-leader</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Étude de cas</translation>
        </message>
        <message>
            <source>Background paper</source>
            <translation>Document de référence</translation>
        </message>
        <message>
            <source>Meeting report</source>
            <translation>Compte rendu de réunion</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Livre</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Page web</translation>
        </message>
        <message>
            <source>To read</source>
            <translation>À lire</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>En cours de lecture</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lu</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>Discuté</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Visite de terrain</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Réflexion</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>Symposium</translation>
        </message>
        <message>
            <source>Working-group meeting</source>
            <translation>Réunion de groupe de travail</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Webinaire</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Échange</translation>
        </message>
        <message>
            <source>Expert talk</source>
            <translation>Intervention d'expert</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Plenary</source>
            <translation>Plénière</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planification</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Pas commencée</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloquée</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>Symposium briefing pack</source>
            <translation>Dossier de préparation du symposium</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>Étape du cycle de recherche</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>Responsable du plan</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Adapted from</source>
            <translation>Adapté de</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Pratiques</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>Villes</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>Objectifs et actions</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Actions done: {done} of {total}</source>
            <translation>Actions terminées : {done} sur {total}</translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>Aucune action pour l'instant.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments probants</translation>
        </message>
        <message>
            <source>Readings from the team's reading list that this plan draws on.</source>
            <translation>Lectures de la liste de l'équipe sur lesquelles ce plan s'appuie.</translation>
        </message>
        <message>
            <source>The team's notes this plan draws on are in the appendix.</source>
            <translation>Les notes de l'équipe sur lesquelles ce plan s'appuie figurent en annexe.</translation>
        </message>
        <message>
            <source>Appendix: linked notes</source>
            <translation>Annexe : notes liées</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Rien d'enregistré.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>No font on this computer can draw these characters; each shows as �: {chars}.</source>
            <translation>Aucune police de cet ordinateur ne sait dessiner ces caractères ; chacun apparaît comme � : {chars}.</translation>
        </message>
        <message>
            <source>Prepared with GCEN Desktop on {date}</source>
            <translation>Préparé avec GCEN Desktop le {date}</translation>
        </message>
        <message>
            <source>For circulation within the {network}.</source>
            <translation>Diffusion réservée au {network}.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Day {day}</source>
            <translation>Jour {day}</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>Visites de terrain</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>Liste de préparation</translation>
        </message>
        <message>
            <source>Items done: {done} of {total}</source>
            <translation>Éléments faits : {done} sur {total}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Assigned readings</source>
            <translation>Lectures attribuées</translation>
        </message>
        <message>
            <source>Team notes by working group</source>
            <translation>Notes de l'équipe par groupe de travail</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>Autres notes</translation>
        </message>
        <message>
            <source>Status of the team's plans</source>
            <translation>Statut des plans de l'équipe</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Actions and milestones</source>
            <translation>Actions et jalons</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>Échéance : {title}</translation>
        </message>
        <message>
            <source>Milestone: {title}</source>
            <translation>Jalon : {title}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Give --format (%(formats)s) or a file name ending in one of them.</source>
            <translation>Indiquez --format (%(formats)s) ou un nom de fichier qui se termine par l'un d'eux.</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; pass it with --tz, e.g. --tz Asia/Seoul.</source>
            <translation>Le fuseau horaire de « %(title)s » ne se déduit pas de sa ville d'accueil ; indiquez-le avec --tz, p. ex. --tz Asia/Seoul.</translation>
        </message>
        <message>
            <source>A network publication is always signed and never encrypted; leave out --no-sign, --passphrase-file and --recipient.</source>
            <translation>Une publication pour le réseau est toujours signée et jamais chiffrée ; retirez --no-sign, --passphrase-file et --recipient.</translation>
        </message>
        <message>
            <source>%(folder)s holds no workspace; a network publication is imported into a workspace ('gcen init' makes one).</source>
            <translation>%(folder)s ne contient aucun espace de travail ; une publication du réseau s'importe dans un espace de travail ('gcen init' en crée un).</translation>
        </message>
        <message>
            <source>A network publication is not previewed; 'gcen network import' takes it into the network library, where nothing is the team's own.</source>
            <translation>Une publication du réseau n'a pas d'aperçu ; 'gcen network import' la place dans la bibliothèque du réseau, où rien n'appartient à l'équipe.</translation>
        </message>
        <message>
            <source>Expected --FIELD VALUE, got '%(token)s'.</source>
            <translation>--FIELD VALUE attendu, mais '%(token)s' reçu.</translation>
        </message>
        <message>
            <source>--%(name)s needs a value.</source>
            <translation>--%(name)s a besoin d'une valeur.</translation>
        </message>
        <message>
            <source>No single %(types)s is called '%(name)s'; give its id instead.</source>
            <translation>Aucun élément unique de type %(types)s ne s'appelle '%(name)s' ; indiquez plutôt son identifiant.</translation>
        </message>
        <message>
            <source>Use --set FIELD=VALUE, not '%(item)s'.</source>
            <translation>Utilisez --set FIELD=VALUE, pas '%(item)s'.</translation>
        </message>
        <message>
            <source>The workspace check found problems (listed above); restore the workspace folder from a backup, or join the workspace again from a teammate's full bundle, and keep a copy of this folder to ask for help.</source>
            <translation>La vérification de l'espace de travail a trouvé des problèmes (listés ci-dessus) ; restaurez le dossier de l'espace de travail depuis une sauvegarde, ou rejoignez de nouveau l'espace de travail à partir du paquet complet d'un coéquipier, et gardez une copie de ce dossier pour demander de l'aide.</translation>
        </message>
        <message>
            <source>The identity file %(path)s is not a regular file; save the identity in a file and give its name.</source>
            <translation>Le fichier d'identité %(path)s n'est pas un fichier ordinaire ; enregistrez l'identité dans un fichier et indiquez son nom.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is not a regular file; save the passphrase in a file and give its name.</source>
            <translation>Le fichier de phrase secrète %(path)s n'est pas un fichier ordinaire ; enregistrez la phrase secrète dans un fichier et indiquez son nom.</translation>
        </message>
        <message>
            <source>The identity file %(path)s is longer than %(limit)d bytes; check that it is the right file.</source>
            <translation>Le fichier d'identité %(path)s dépasse %(limit)d octets ; vérifiez que c'est le bon fichier.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is longer than %(limit)d bytes; a passphrase is one line, check that it is the right file.</source>
            <translation>Le fichier de phrase secrète %(path)s dépasse %(limit)d octets ; une phrase secrète tient sur une ligne, vérifiez que c'est le bon fichier.</translation>
        </message>
        <message>
            <source>The identity file %(path)s cannot be read; check the name.</source>
            <translation>Le fichier d'identité %(path)s ne peut pas être lu ; vérifiez son nom.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s cannot be read; check the name.</source>
            <translation>Le fichier de phrase secrète %(path)s ne peut pas être lu ; vérifiez son nom.</translation>
        </message>
        <message>
            <source>The file %(path)s holds no age identity (a line starting AGE-SECRET-KEY-).</source>
            <translation>Le fichier %(path)s ne contient aucune identité age (une ligne commençant par AGE-SECRET-KEY-).</translation>
        </message>
        <message>
            <source>%(refusal)s (--preview shows it; --once imports it once; --yes trusts the key that signed it.)</source>
            <translation>%(refusal)s (--preview l'affiche ; --once l'importe une fois ; --yes approuve la clé qui l'a signé.)</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s to preview against; import without --preview to join.</source>
            <translation>Il n'y a pas d'espace de travail dans %(folder)s sur lequel faire l'aperçu ; importez sans --preview pour le rejoindre.</translation>
        </message>
        <message>
            <source>--as-copies cannot be previewed; import the copies, then 'gcen undo-import' if unwanted.</source>
            <translation>--as-copies ne peut pas être prévisualisé ; importez les copies, puis lancez 'gcen undo-import' si vous n'en voulez pas.</translation>
        </message>
        <message>
            <source>%(refusal)s To copy its records into this workspace, add --as-copies.</source>
            <translation>%(refusal)s Pour copier ses éléments dans cet espace de travail, ajoutez --as-copies.</translation>
        </message>
        <message>
            <source>'%(field)s' cannot be empty.</source>
            <translation>'%(field)s' ne peut pas être vide.</translation>
        </message>
        <message>
            <source>'%(field)s' is longer than %(limit)d characters.</source>
            <translation>'%(field)s' dépasse %(limit)d caractères.</translation>
        </message>
        <message>
            <source>'%(field)s' contains a NUL character, which other teammates' stores cannot hold; remove it and try again.</source>
            <translation>'%(field)s' contient un caractère NUL, que les copies des coéquipiers ne peuvent pas conserver ; supprimez-le et réessayez.</translation>
        </message>
        <message>
            <source>'%(field)s' holds text that is not valid Unicode (a lone surrogate); type or paste it again.</source>
            <translation>'%(field)s' contient du texte qui n'est pas de l'Unicode valide (un demi-codet isolé) ; saisissez-le ou collez-le à nouveau.</translation>
        </message>
        <message>
            <source>'%(value)s' is not an order key for '%(field)s' (e.g. a0); move the record instead.</source>
            <translation>'%(value)s' n'est pas une clé d'ordre pour '%(field)s' (p. ex. a0) ; déplacez plutôt l'élément.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a date for '%(field)s': use YYYY-MM-DD, e.g. 2026-03-14.</source>
            <translation>'%(value)s' n'est pas une date valable pour '%(field)s' : utilisez AAAA-MM-JJ, p. ex. 2026-03-14.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a time for '%(field)s': use HH:MM.</source>
            <translation>'%(value)s' n'est pas une heure valable pour '%(field)s' : utilisez HH:MM.</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number.</source>
            <translation>'%(field)s' doit être un nombre entier.</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number, not '%(value)s'.</source>
            <translation>'%(field)s' doit être un nombre entier, pas '%(value)s'.</translation>
        </message>
        <message>
            <source>'%(field)s' is too large a number; use one of at most 18 digits.</source>
            <translation>'%(field)s' est un nombre trop grand ; utilisez-en un de 18 chiffres au plus.</translation>
        </message>
        <message>
            <source>'%(field)s' must be yes or no, not '%(value)s'.</source>
            <translation>'%(field)s' doit valoir oui ou non (yes/no), pas '%(value)s'.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a %(field)s; choose one of: %(choices)s.</source>
            <translation>'%(value)s' n'est pas une valeur possible pour %(field)s ; choisissez parmi : %(choices)s.</translation>
        </message>
        <message>
            <source>'%(field)s' must be the id of a record, not '%(value)s'.</source>
            <translation>'%(field)s' doit être l'identifiant d'un élément, pas '%(value)s'.</translation>
        </message>
        <message>
            <source>A %(type)s has no field '%(field)s'; its fields are: %(fields)s.</source>
            <translation>Un élément de type %(type)s n'a pas de champ '%(field)s' ; ses champs sont : %(fields)s.</translation>
        </message>
        <message>
            <source>A new %(type)s needs '%(field)s' (e.g. --%(field)s "...").</source>
            <translation>Un nouvel élément de type %(type)s a besoin de '%(field)s' (p. ex. --%(field)s "...").</translation>
        </message>
        <message>
            <source>'%(name)s' is not a record type; use one of: %(types)s.</source>
            <translation>'%(name)s' n'est pas un type d'élément ; utilisez l'un de ceux-ci : %(types)s.</translation>
        </message>
        <message>
            <source>'%(field)s' is too large to send to teammates: this change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take (control characters and some scripts take several bytes each); shorten it and try again.</source>
            <translation>'%(field)s' est trop volumineux pour être envoyé aux coéquipiers : cette modification d'un élément %(type)s occuperait %(size)s dans un paquet, plus que les %(limit)s permis pour une modification (les caractères de contrôle et certaines écritures occupent plusieurs octets chacun) ; raccourcissez-le et réessayez.</translation>
        </message>
        <message>
            <source>This change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take; it cannot be sent to teammates.</source>
            <translation>Cette modification d'un élément %(type)s occuperait %(size)s dans un paquet, plus que les %(limit)s permis pour une modification ; elle ne peut pas être envoyée aux coéquipiers.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>L'export a été annulé ; aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>GCEN_PDF_FONT names %(path)s, which is not a font file; fix or unset it.</source>
            <translation>GCEN_PDF_FONT désigne %(path)s, qui n'est pas un fichier de police ; corrigez cette variable ou supprimez-la.</translation>
        </message>
        <message>
            <source>No font covering Chinese, Korean and accented text was found for the PDF; install Noto Sans CJK (Debian/Ubuntu: 'sudo apt install fonts-noto-cjk') or set GCEN_PDF_FONT to a .ttf/.otf/.ttc file, then export again.</source>
            <translation>Aucune police couvrant le chinois, le coréen et les caractères accentués n'a été trouvée pour le PDF ; installez Noto Sans CJK (Debian/Ubuntu : 'sudo apt install fonts-noto-cjk') ou indiquez dans GCEN_PDF_FONT un fichier .ttf/.otf/.ttc, puis exportez à nouveau.</translation>
        </message>
        <message>
            <source>The Word template %(path)s does not exist; pick a .docx file or leave it out.</source>
            <translation>Le modèle Word %(path)s n'existe pas ; choisissez un fichier .docx ou ne l'indiquez pas.</translation>
        </message>
        <message>
            <source>Cannot tell the format of %(name)s; name it with one of the extensions %(extensions)s, or give --format %(formats)s.</source>
            <translation>Impossible de reconnaître le format de %(name)s ; donnez-lui l'une des extensions %(extensions)s, ou indiquez --format %(formats)s.</translation>
        </message>
        <message>
            <source>Cannot read %(path)s: %(reason)s; check the path.</source>
            <translation>Impossible de lire %(path)s : %(reason)s ; vérifiez le chemin.</translation>
        </message>
        <message>
            <source>%(name)s is %(size)s MB, more than a reading list can be (%(limit)s MB); export a smaller selection and import that.</source>
            <translation>%(name)s fait %(size)s Mo, plus que ce que peut faire une liste de lectures (%(limit)s Mo) ; exportez une sélection plus petite et importez-la.</translation>
        </message>
        <message>
            <source>%(name)s cannot be read as %(encoding)s (%(reason)s); try another --encoding.</source>
            <translation>%(name)s ne peut pas être lu en %(encoding)s (%(reason)s) ; essayez un autre --encoding.</translation>
        </message>
        <message>
            <source>%(name)s is not UTF-8 text: line %(line)s holds bytes that are not UTF-8; export it again as UTF-8 (Zotero does by default), or name its encoding with --encoding (e.g. cp1252).</source>
            <translation>%(name)s n'est pas un texte UTF-8 : la ligne %(line)s contient des octets qui ne sont pas de l'UTF-8 ; exportez-le à nouveau en UTF-8 (Zotero le fait par défaut), ou indiquez son encodage avec --encoding (p. ex. cp1252).</translation>
        </message>
        <message>
            <source>%(name)s is not a text file (binary data on line %(line)s); pick the exported reading list.</source>
            <translation>%(name)s n'est pas un fichier texte (données binaires à la ligne %(line)s) ; choisissez la liste de lectures exportée.</translation>
        </message>
        <message>
            <source>The file holds no readings: no BibTeX entries were found; an entry looks like '@article{key, title = {...}}'.</source>
            <translation>Le fichier ne contient aucune lecture : aucune entrée BibTeX n'a été trouvée ; une entrée ressemble à '@article{key, title = {...}}'.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation>L'import a été annulé ; rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s, column %(column)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>Le fichier n'est pas du JSON valide (ligne %(line)s, colonne %(column)s : %(reason)s) ; exportez à nouveau le CSL JSON ou corrigez cet endroit.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>Le fichier n'est pas du JSON valide (ligne %(line)s : %(reason)s) ; exportez à nouveau le CSL JSON ou corrigez cet endroit.</translation>
        </message>
        <message>
            <source>The JSON file is not CSL-JSON: it should be a list of items with 'type' and 'title'.</source>
            <translation>Le fichier JSON n'est pas du CSL-JSON : ce devrait être une liste d'éléments avec 'type' et 'title'.</translation>
        </message>
        <message>
            <source>The file holds no readings: the CSL-JSON list is empty.</source>
            <translation>Le fichier ne contient aucune lecture : la liste CSL-JSON est vide.</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found (line %(line)s is not RIS); a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>Le fichier ne contient aucune lecture : aucune notice RIS n'a été trouvée (la ligne %(line)s n'est pas du RIS) ; une notice RIS commence par 'TY  - ' et se termine par 'ER  - '.</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found; a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>Le fichier ne contient aucune lecture : aucune notice RIS n'a été trouvée ; une notice RIS commence par 'TY  - ' et se termine par 'ER  - '.</translation>
        </message>
        <message>
            <source>The style file %(path)s could not be read (%(reason)s); fix it or leave it out.</source>
            <translation>Le fichier de style %(path)s n'a pas pu être lu (%(reason)s) ; corrigez-le ou ne l'indiquez pas.</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist or cannot be read.</source>
            <translation>Le fichier %(path)s n'existe pas ou ne peut pas être lu.</translation>
        </message>
        <message>
            <source>%(name)s is larger than the %(limit)s a file attached to a record may be (teammates could not receive it); share it another way, or attach a smaller copy.</source>
            <translation>%(name)s dépasse les %(limit)s qu’un fichier joint à un enregistrement peut faire (vos coéquipiers ne pourraient pas le recevoir) ; partagez-le autrement, ou joignez-en une copie plus petite.</translation>
        </message>
        <message>
            <source>Could not store %(name)s: %(reason)s. Free some disk space and try again.</source>
            <translation>Impossible d'enregistrer %(name)s : %(reason)s. Libérez de l'espace disque et réessayez.</translation>
        </message>
        <message>
            <source>The file '%(name)s' has not arrived yet; ask a teammate for a full bundle.</source>
            <translation>Le fichier '%(name)s' n'est pas encore arrivé ; demandez un paquet complet à un coéquipier.</translation>
        </message>
        <message>
            <source>This export was larger than one bundle may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; your teammate imports each one, and a new teammate joins with the first.</source>
            <translation>Cet export dépassait la taille d'un seul paquet : il a été écrit en %(count)d fichiers (%(size)s en tout, de %(first)s à %(last)s) ; envoyez-les tous : votre coéquipier importe chacun d'eux, et un nouveau coéquipier rejoint l'équipe avec le premier.</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %(records)s; edit that field (or delete the record) and export again.</source>
            <translation>Une version qu'aucun paquet ne peut transporter (écrite par une ancienne version de GCEN Desktop) est restée ici et le reste a été envoyé : %(records)s ; modifiez ce champ (ou supprimez l'élément) et exportez à nouveau.</translation>
        </message>
        <message>
            <source>The bundle file %(file)s is not the file that was previewed (its SHA-256 differs), so nothing was imported; preview it again and look at what it holds now.</source>
            <translation>Le fichier du paquet %(file)s n'est pas celui dont vous avez vu l'aperçu (son SHA-256 diffère) : rien n'a été importé ; affichez à nouveau son aperçu et examinez ce qu'il contient maintenant.</translation>
        </message>
        <message>
            <source>The bundle file %(file)s, previewed as coming from %(name)s, changed after its preview, so nothing was imported; open it again and look at the new preview.</source>
            <translation>Le fichier du paquet %(file)s, dont l'aperçu le disait venir de %(name)s, a changé après son aperçu : rien n'a été importé ; ouvrez-le à nouveau et examinez le nouvel aperçu.</translation>
        </message>
        <message>
            <source>'%(mode)s' is not a kind of export; choose team, peer or full.</source>
            <translation>'%(mode)s' n'est pas un type d'export ; choisissez team, peer ou full.</translation>
        </message>
        <message>
            <source>Choose the teammate to export for.</source>
            <translation>Choisissez le coéquipier pour qui exporter.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the bundle.</source>
            <translation>Le dossier %(folder)s n'existe pas ; choisissez un autre emplacement pour le paquet.</translation>
        </message>
        <message>
            <source>There is no file %(path)s; check the name and try again.</source>
            <translation>Il n'y a pas de fichier %(path)s ; vérifiez le nom et réessayez.</translation>
        </message>
        <message>
            <source>There is no import to undo: the workspace changed since the last import, or nothing was imported.</source>
            <translation>Il n'y a aucun import à annuler : l'espace de travail a changé depuis le dernier import, ou rien n'a été importé.</translation>
        </message>
        <message>
            <source>The field '%(field)s' of that record has no conflict; 'gcen conflicts' lists them.</source>
            <translation>Le champ '%(field)s' de cet élément n'a pas de conflit ; 'gcen conflicts' liste les conflits.</translation>
        </message>
        <message>
            <source>Give either a version number to pick or a new value, not both.</source>
            <translation>Indiquez soit un numéro de version à choisir, soit une nouvelle valeur, mais pas les deux.</translation>
        </message>
        <message>
            <source>That field cannot be set.</source>
            <translation>Ce champ ne peut pas être modifié.</translation>
        </message>
        <message>
            <source>That record has no deletion to settle.</source>
            <translation>Cet élément n'a pas de suppression à régler.</translation>
        </message>
        <message>
            <source>For a deletion, pick %(keep)d to keep the record or %(delete)d to delete it.</source>
            <translation>Pour une suppression, choisissez %(keep)d pour garder l'élément ou %(delete)d pour le supprimer.</translation>
        </message>
        <message>
            <source>Pick a version between 1 and %(count)d.</source>
            <translation>Choisissez une version entre 1 et %(count)d.</translation>
        </message>
        <message>
            <source>This bundle is from this workspace; import it as usual, not as copies.</source>
            <translation>Ce paquet vient de cet espace de travail ; importez-le normalement, pas en copies.</translation>
        </message>
        <message>
            <source>The workspace changed while the import was starting; import the bundle again.</source>
            <translation>L'espace de travail a changé pendant le démarrage de l'import ; importez à nouveau le paquet.</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' in this bundle cannot be copied: %(reason)s Nothing was imported.</source>
            <translation>L'élément %(type)s '%(title)s' de ce paquet ne peut pas être copié : %(reason)s Rien n'a été importé.</translation>
        </message>
        <message>
            <source>No %(what)s has the id '%(id)s'; 'gcen list %(what)s' shows the ids.</source>
            <translation>Aucun élément de type %(what)s n'a l'identifiant '%(id)s' ; 'gcen list %(what)s' affiche les identifiants.</translation>
        </message>
        <message>
            <source>The %(what)s '%(title)s' is private; set its visibility to team or network to share it.</source>
            <translation>L'élément de type %(what)s '%(title)s' est privé ; réglez sa visibilité sur équipe ou réseau pour le partager.</translation>
        </message>
        <message>
            <source>A %(what)s can be saved as %(allowed)s, not '%(format)s'; pick one of those.</source>
            <translation>Un élément de type %(what)s peut être enregistré en %(allowed)s, pas en '%(format)s' ; choisissez l'un de ces formats.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose an existing folder to save into.</source>
            <translation>Le dossier %(folder)s n'existe pas ; choisissez un dossier existant pour l'enregistrement.</translation>
        </message>
        <message>
            <source>Could not write %(name)s: %(reason)s; check the folder is writable and has space.</source>
            <translation>Impossible d'écrire %(name)s : %(reason)s ; vérifiez que le dossier est accessible en écriture et qu'il reste de la place.</translation>
        </message>
        <message>
            <source>'%(zone)s' is not a time zone; give a name such as Asia/Seoul, Europe/Paris or America/New_York.</source>
            <translation>« %(zone)s » n'est pas un fuseau horaire ; indiquez un nom comme Asia/Seoul, Europe/Paris ou America/New_York.</translation>
        </message>
        <message>
            <source>The symposium '%(title)s' has no start date; set one so the agenda has days.</source>
            <translation>Le symposium '%(title)s' n'a pas de date de début ; indiquez-en une pour que le programme ait des jours.</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; choose the time zone its times are in.</source>
            <translation>Le fuseau horaire de « %(title)s » ne se déduit pas de sa ville d'accueil ; choisissez le fuseau horaire de ses heures.</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; import the bundle into it instead.</source>
            <translation>Il y a déjà un espace de travail dans %(folder)s ; importez plutôt le paquet dans celui-ci.</translation>
        </message>
        <message>
            <source>The bundle file changed after you checked it; choose it again, check who made it, then join.</source>
            <translation>Le fichier du paquet a changé depuis que vous l'avez vérifié ; choisissez-le à nouveau, vérifiez qui l'a fait, puis rejoignez l'espace de travail.</translation>
        </message>
        <message>
            <source>Enter your name, then join the workspace again.</source>
            <translation>Saisissez votre nom, puis rejoignez de nouveau l'espace de travail.</translation>
        </message>
        <message>
            <source>This publication was larger than one file may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; each one is imported on its own.</source>
            <translation>Cette publication dépassait la taille d'un seul fichier : elle a été écrite en %(count)d fichiers (%(size)s en tout, de %(first)s à %(last)s) ; envoyez-les tous : chacun s'importe seul.</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %(records)s; make them smaller (or fewer tags, attachments or parts) and publish again.</source>
            <translation>Aucune publication ne peut porter ces fiches : elles sont restées ici et le reste a été publié : %(records)s ; réduisez-les (ou leurs étiquettes, pièces jointes ou parties) et publiez à nouveau.</translation>
        </message>
        <message>
            <source>The receiving city's name is empty; give it after --for, or leave --for out to publish for the network hub.</source>
            <translation>Le nom de la ville destinataire est vide ; indiquez-le après --for, ou omettez --for pour publier pour le hub du réseau.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the publication.</source>
            <translation>Le dossier %(folder)s n'existe pas ; choisissez un autre emplacement pour la publication.</translation>
        </message>
        <message>
            <source>This publication is this workspace's own; teammates exchange bundles instead.</source>
            <translation>Cette publication vient de cet espace de travail même ; entre coéquipiers, on échange des paquets.</translation>
        </message>
        <message>
            <source>This file mixes up a hub's digest and a city's publication (workspace %(ws)s); it was refused and nothing was changed.</source>
            <translation>Ce fichier confond le condensé d'un hub et la publication d'une ville (espace de travail %(ws)s) ; il a été refusé et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This receipt names no city (or the hub), so it acknowledges nothing; it was refused and nothing was changed.</source>
            <translation>Cet accusé de réception ne nomme aucune ville (ou nomme le hub), il ne confirme donc rien ; il a été refusé et rien n’a été modifié.</translation>
        </message>
        <message>
            <source>This receipt of %(city)s is for another workspace; it was refused and nothing was changed.</source>
            <translation>Cet accusé de réception de %(city)s est destiné à un autre espace de travail ; il a été refusé et rien n’a été modifié.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the receipt.</source>
            <translation>Le dossier %(folder)s n’existe pas ; choisissez un autre emplacement pour l’accusé de réception.</translation>
        </message>
        <message>
            <source>The city's name is empty; give the name (or the workspace id) of the city whose publications the receipt is for after --for.</source>
            <translation>Le nom de la ville est vide ; indiquez après --for le nom (ou l'identifiant d'espace de travail) de la ville dont le reçu concerne les publications.</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; a receipt is written for a city whose publication was imported here.</source>
            <translation>La bibliothèque du réseau ne contient rien de %(city)s ; un accusé de réception s’écrit pour une ville dont une publication a été importée ici.</translation>
        </message>
        <message>
            <source>No key you trust for %(city)s signed this publication (key %(fingerprint)s); compare the fingerprint with that city's team, then import it again trusting the key.</source>
            <translation>Aucune clé que vous avez approuvée pour %(city)s n'a signé cette publication (clé %(fingerprint)s) ; comparez l'empreinte avec l'équipe de cette ville, puis importez-la de nouveau en approuvant la clé.</translation>
        </message>
        <message>
            <source>The network library holds no publication %(rec)s; 'gcen network list' shows them.</source>
            <translation>La bibliothèque du réseau ne contient aucune publication %(rec)s ; 'gcen network list' les affiche.</translation>
        </message>
        <message>
            <source>Several cities published a record with the id %(rec)s (%(cities)s); name the city with --city.</source>
            <translation>Plusieurs villes ont publié un enregistrement avec l’identifiant %(rec)s (%(cities)s) ; nommez la ville avec --city.</translation>
        </message>
        <message>
            <source>Only a practice can be adapted in a new plan; this is a %(type)s.</source>
            <translation>Seule une pratique peut être adaptée dans un nouveau plan ; ceci est un élément de type %(type)s.</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; 'gcen network list' shows the cities.</source>
            <translation>La bibliothèque du réseau ne contient rien de %(city)s ; « gcen network list » montre les villes.</translation>
        </message>
        <message>
            <source>This digest has a line that names no city; it was refused and nothing was changed.</source>
            <translation>Ce condensé contient une ligne qui ne nomme aucune ville ; il a été refusé et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This digest names a workspace as %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed (ask the hub's operator which one is %(city)s).</source>
            <translation>Ce condensé présente un espace de travail comme %(city)s, mais un autre espace de travail publie déjà sous le nom %(city)s ; il a été refusé et rien n’a été modifié (demandez à l’opérateur du hub lequel est %(city)s).</translation>
        </message>
        <message>
            <source>This publication says it is from the workspace %(claimed)s, but the key that signed it speaks for %(city)s; it was refused and nothing was changed.</source>
            <translation>Cette publication dit venir de l'espace de travail %(claimed)s, mais la clé qui l'a signée parle pour %(city)s ; elle a été refusée et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This publication says it is from %(claimed)s, but its workspace publishes as %(city)s; it was refused and nothing was changed.</source>
            <translation>Cette publication dit venir de %(claimed)s, mais son espace de travail publie sous le nom %(city)s ; elle a été refusée et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This publication says it is from %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed.</source>
            <translation>Cette publication dit venir de %(city)s, mais un autre espace de travail publie déjà sous le nom %(city)s ; elle a été refusée et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This publication withdraws a record %(city)s never published here (%(rec)s); it was refused and nothing was changed.</source>
            <translation>Cette publication retire un élément que %(city)s n'a jamais publié ici (%(rec)s) ; elle a été refusée et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This publication changes the type of a record it published before (%(rec)s); it was refused and nothing was changed.</source>
            <translation>Cette publication change le type d'un élément publié auparavant (%(rec)s) ; elle a été refusée et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only and holds no keys to sign a bundle with; copy it to a folder you can write to, then export from there.</source>
            <translation>L'espace de travail dans %(folder)s est en lecture seule et ne contient aucune clé pour signer un paquet ; copiez-le dans un dossier où vous pouvez écrire, puis exportez depuis celui-ci.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucun pour l'instant</translation>
        </message>
        <message>
            <source>No teammate is called '%(name)s' (known: %(known)s); import a bundle from them first, or export --team.</source>
            <translation>Aucun coéquipier ne s'appelle '%(name)s' (connus : %(known)s) ; importez d'abord un paquet de sa part, ou exportez avec --team.</translation>
        </message>
        <message>
            <source>Several teammates match '%(name)s'; give the store id shown by 'gcen peers' instead.</source>
            <translation>Plusieurs coéquipiers correspondent à '%(name)s' ; indiquez plutôt l'identifiant de copie affiché par 'gcen peers'.</translation>
        </message>
        <message>
            <source>%(teammate)s has sent no signed bundle yet; there is no key to trust.</source>
            <translation>%(teammate)s n'a encore envoyé aucun paquet signé ; il n'y a pas de clé à approuver.</translation>
        </message>
        <message>
            <source>There is no plan template '%(key)s'; choose one of: %(templates)s.</source>
            <translation>Il n'y a pas de modèle de plan '%(key)s' ; choisissez parmi : %(templates)s.</translation>
        </message>
        <message>
            <source>The plan ends before it starts; put the end date after the start date.</source>
            <translation>Le plan se termine avant de commencer ; placez la date de fin après la date de début.</translation>
        </message>
        <message>
            <source>Cannot sort by '%(order)s'.</source>
            <translation>Impossible de trier par '%(order)s'.</translation>
        </message>
        <message>
            <source>'%(format)s' is not a reading-list format; use %(formats)s.</source>
            <translation>'%(format)s' n'est pas un format de liste de lectures ; utilisez %(formats)s.</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist; check the name and folder.</source>
            <translation>Le fichier %(path)s n'existe pas ; vérifiez le nom et le dossier.</translation>
        </message>
        <message>
            <source>%(shown)s and %(more)s more</source>
            <translation>%(shown)s et %(more)s de plus</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the 1 good one and leave these out (--skip-bad).</source>
            <translation>%(bad)s notices sur %(total)s dans %(name)s n'ont pas pu être lues — %(shown)s ; rien n'a été importé. Corrigez-les, ou importez la seule notice valable en laissant celles-ci de côté (--skip-bad).</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the %(good)s good ones and leave these out (--skip-bad).</source>
            <translation>%(bad)s notices sur %(total)s dans %(name)s n'ont pas pu être lues — %(shown)s ; rien n'a été importé. Corrigez-les, ou importez les %(good)s notices valables en laissant celles-ci de côté (--skip-bad).</translation>
        </message>
        <message>
            <source>No record in %(name)s could be read — %(shown)s; nothing was imported.</source>
            <translation>Aucune notice de %(name)s n'a pu être lue — %(shown)s ; rien n'a été importé.</translation>
        </message>
        <message>
            <source>No symposium has the id '%(id)s'; 'gcen list symposium' shows the ids.</source>
            <translation>Aucun symposium n'a l'identifiant '%(id)s' ; 'gcen list symposium' affiche les identifiants.</translation>
        </message>
        <message>
            <source>No reading has the id '%(id)s'.</source>
            <translation>Aucune lecture n'a l'identifiant '%(id)s'.</translation>
        </message>
        <message>
            <source>This workspace already holds the sample city team; start a new workspace to add it again.</source>
            <translation>Cet espace de travail contient déjà l'équipe municipale exemple ; créez un nouvel espace de travail pour l'ajouter à nouveau.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; create it or choose another one.</source>
            <translation>Le dossier %(folder)s n'existe pas ; créez-le ou choisissez-en un autre.</translation>
        </message>
        <message>
            <source>Choose a shared folder first.</source>
            <translation>Choisissez d'abord un dossier partagé.</translation>
        </message>
        <message>
            <source>The shared folder %(folder)s cannot be found; is the drive connected?</source>
            <translation>Le dossier partagé %(folder)s est introuvable ; le lecteur est-il connecté ?</translation>
        </message>
        <message>
            <source>The workspace itself cannot be deleted.</source>
            <translation>L'espace de travail lui-même ne peut pas être supprimé.</translation>
        </message>
        <message>
            <source>That record could not be brought back from the trash; run 'gcen check' and tell the GCEN Desktop team if it reports a problem.</source>
            <translation>Cet élément n'a pas pu être sorti de la corbeille ; lancez 'gcen check' et prévenez l'équipe GCEN Desktop s'il signale un problème.</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'.</source>
            <translation>Aucun élément n'a l'identifiant '%(id)s'.</translation>
        </message>
        <message>
            <source>That record is not deleted; there is nothing to restore.</source>
            <translation>Cet élément n'est pas supprimé ; il n'y a rien à restaurer.</translation>
        </message>
        <message>
            <source>Its %(type)s '%(title)s' is in the trash; restore that first.</source>
            <translation>L'élément auquel il appartient (type %(type)s, '%(title)s') est dans la corbeille ; restaurez-le d'abord.</translation>
        </message>
        <message>
            <source>'%(title)s' is not in the trash; delete it first.</source>
            <translation>« %(title)s » n'est pas dans la corbeille ; supprimez-le d'abord.</translation>
        </message>
        <message>
            <source>That record has no deletion to dismiss.</source>
            <translation>Cet élément n'a pas de suppression à écarter.</translation>
        </message>
        <message>
            <source>%(path)s is inside the workspace folder %(folder)s, whose files are the workspace's own; nothing was written, so give a file name in another folder.</source>
            <translation>%(path)s se trouve dans le dossier de l’espace de travail %(folder)s, dont les fichiers appartiennent à l’espace de travail ; rien n’a été écrit, donnez donc un nom de fichier dans un autre dossier.</translation>
        </message>
        <message>
            <source>Joining the workspace in %(folder)s was interrupted, so what is there is incomplete; join the workspace again into this folder from the bundle (what the interrupted join wrote is replaced), or choose another folder.</source>
            <translation>Rejoindre l'espace de travail dans %(folder)s a été interrompu, ce qui s'y trouve est donc incomplet ; rejoignez de nouveau l'espace de travail dans ce dossier à partir du paquet (ce que l'opération interrompue a écrit est remplacé), ou choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>The folder %(folder)s holds an unfinished workspace; run 'gcen init' there again.</source>
            <translation>Le dossier %(folder)s contient un espace de travail inachevé ; relancez 'gcen init' dans ce dossier.</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; open it or pick another folder.</source>
            <translation>Il y a déjà un espace de travail dans %(folder)s ; ouvrez-le ou choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>A %(type)s is not created directly.</source>
            <translation>Un élément de type %(type)s ne se crée pas directement.</translation>
        </message>
        <message>
            <source>The workspace needs a name.</source>
            <translation>L'espace de travail doit avoir un nom.</translation>
        </message>
        <message>
            <source>'%(kind)s' links go from %(start)s to %(to)s, not from %(first)s to %(second)s; check the order and the ids.</source>
            <translation>Les liens '%(kind)s' vont de %(start)s vers %(to)s, pas de %(first)s vers %(second)s ; vérifiez l'ordre et les identifiants.</translation>
        </message>
        <message>
            <source>any record</source>
            <translation>n'importe quel élément</translation>
        </message>
        <message>
            <source>Choose who you are first (Preferences, or 'gcen init --member NAME').</source>
            <translation>Indiquez d'abord qui vous êtes (Préférences, ou 'gcen init --member NAME').</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'; 'gcen list TYPE' shows the ids.</source>
            <translation>Aucun élément n'a l'identifiant '%(id)s' ; 'gcen list TYPE' affiche les identifiants.</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' is in the trash; restore it first.</source>
            <translation>L'élément de type %(type)s '%(title)s' est dans la corbeille ; restaurez-le d'abord.</translation>
        </message>
        <message>
            <source>No %(type)s has the id '%(id)s'.</source>
            <translation>Aucun élément de type %(type)s n'a l'identifiant '%(id)s'.</translation>
        </message>
        <message>
            <source>'%(id)s' is a %(type)s, not a %(wanted)s.</source>
            <translation>'%(id)s' est de type %(type)s, pas %(wanted)s.</translation>
        </message>
        <message>
            <source>'%(field)s' names no existing record ('%(value)s').</source>
            <translation>'%(field)s' ne désigne aucun élément existant ('%(value)s').</translation>
        </message>
        <message>
            <source>'%(field)s' must be a %(types)s, but '%(value)s' is a %(type)s.</source>
            <translation>'%(field)s' doit être de type %(types)s, mais '%(value)s' est de type %(type)s.</translation>
        </message>
        <message>
            <source>A tag cannot be empty.</source>
            <translation>Une étiquette ne peut pas être vide.</translation>
        </message>
        <message>
            <source>The tag '%(tag)s…' is longer than %(limit)d characters; use a shorter one.</source>
            <translation>L'étiquette « %(tag)s… » dépasse %(limit)d caractères ; choisissez-en une plus courte.</translation>
        </message>
        <message>
            <source>The tag '%(tag)s' holds a character other teammates' stores cannot keep (a NUL, or a lone surrogate from a broken paste); type it again.</source>
            <translation>L'étiquette « %(tag)s » contient un caractère que les copies des autres coéquipiers ne peuvent pas garder (un NUL, ou un demi-caractère isolé issu d'un collage défectueux) ; saisissez-la de nouveau.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(reason)s), so nothing was changed; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>L'espace de travail dans %(folder)s est endommagé (%(reason)s), rien n'a donc été modifié ; lancez 'gcen check' pour voir ce qui ne va pas, puis restaurez le dossier de l'espace de travail depuis une sauvegarde ou rejoignez de nouveau l'espace de travail à partir du paquet complet d'un coéquipier.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so it takes no changes; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>L'espace de travail dans %(folder)s est endommagé et n'accepte donc aucune modification ; lancez 'gcen check' pour voir ce qui ne va pas, puis restaurez le dossier de l'espace de travail depuis une sauvegarde ou rejoignez de nouveau l'espace de travail à partir du paquet complet d'un coéquipier.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so no bundle was written; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>L'espace de travail dans %(folder)s est endommagé, aucun paquet n'a donc été écrit ; lancez 'gcen check' pour voir ce qui ne va pas, puis restaurez le dossier de l'espace de travail depuis une sauvegarde ou rejoignez de nouveau l'espace de travail à partir du paquet complet d'un coéquipier.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(count)d stored changes no longer match their fingerprint), so no bundle was written; run 'gcen check', then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>L'espace de travail dans %(folder)s est endommagé (%(count)d modifications enregistrées ne correspondent plus à leur empreinte), aucun paquet n'a donc été écrit ; lancez 'gcen check', puis restaurez le dossier de l'espace de travail depuis une sauvegarde ou rejoignez de nouveau l'espace de travail à partir du paquet complet d'un coéquipier.</translation>
        </message>
        <message>
            <source>The bundle says record %(id)s is a %(other)s, but it is a %(known)s: the file is damaged or forged, so nothing was imported. Ask your teammate for a new bundle.</source>
            <translation>Le paquet indique que l'élément %(id)s est de type %(other)s, alors qu'il est de type %(known)s : le fichier est endommagé ou falsifié, donc rien n'a été importé. Demandez un nouveau paquet à votre coéquipier.</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s; create one with 'gcen init --name NAME' or pick another folder with --workspace.</source>
            <translation>Il n'y a pas d'espace de travail dans %(folder)s ; créez-en un avec 'gcen init --name NAME' ou choisissez un autre dossier avec --workspace.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was made by an older version and cannot be brought up to date because the folder is read-only; copy it to a folder you can write to and open it there.</source>
            <translation>L'espace de travail dans %(folder)s a été créé par une version plus ancienne et ne peut pas être mis à jour car le dossier est en lecture seule ; copiez-le dans un dossier où vous pouvez écrire et ouvrez-le là.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace in %(folder)s, so nothing was changed; free some space, then try again.</source>
            <translation>Il n'y a pas assez d'espace libre sur le disque de l'espace de travail dans %(folder)s, rien n'a donc été modifié ; libérez de l'espace, puis réessayez.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was brought up to date by a newer version of GCEN Desktop, which this version cannot read; update GCEN Desktop, then open it again.</source>
            <translation>L'espace de travail dans %(folder)s a été mis à jour par une version plus récente de GCEN Desktop, que cette version ne peut pas lire ; mettez à jour GCEN Desktop, puis ouvrez-le de nouveau.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only (a backup copy, or a folder you may not change), so it can be read but not changed; copy it to a folder you can write to, or open your own workspace.</source>
            <translation>L'espace de travail dans %(folder)s est en lecture seule (une copie de sauvegarde, ou un dossier que vous ne pouvez pas modifier) : il peut être lu mais pas modifié ; copiez-le dans un dossier où vous pouvez écrire, ou ouvrez votre propre espace de travail.</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, but it says it comes from %(name)s's store, whose bundles are signed by another key, so it was refused; if %(name)s moved to a new computer, a bundle made there comes from a new store and is accepted once you trust its key.</source>
            <translation>Ce paquet est signé par la clé %(fingerprint)s%(signer)s, mais il dit venir de la copie de %(name)s, dont les paquets sont signés par une autre clé : il a donc été refusé ; si %(name)s a changé d'ordinateur, un paquet fait sur le nouveau vient d'une nouvelle copie et sera accepté une fois sa clé approuvée.</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, which speaks for another store, but it says it comes from %(name)s's store, so it was refused; %(name)s's own bundles are accepted once you trust their key.</source>
            <translation>Ce paquet est signé par la clé %(fingerprint)s%(signer)s, qui parle pour une autre copie, mais il dit venir de la copie de %(name)s : il a donc été refusé ; les paquets de %(name)s elle-même seront acceptés une fois sa clé approuvée.</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace '%(name)s', not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>Ce paquet appartient à un autre espace de travail, '%(name)s', pas à celui-ci ; ouvrez cet espace de travail (ou rejoignez-le depuis un dossier vide) pour l'importer, ou importez ses éléments en copies.</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace, not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>Ce paquet appartient à un autre espace de travail, pas à celui-ci ; ouvrez cet espace de travail (ou rejoignez-le depuis un dossier vide) pour l'importer, ou importez ses éléments en copies.</translation>
        </message>
        <message>
            <source>This bundle holds changes made by a copy of a store that reuses another store's identity (a copied or restored workspace folder), so it was refused; ask the sender to export a new full bundle after opening their workspace in GCEN Desktop once more.</source>
            <translation>Ce paquet contient des modifications faites par une copie de l'espace de travail qui réutilise l'identité d'une autre copie (un dossier d'espace de travail copié ou restauré), il a donc été refusé ; demandez à l'expéditeur d'exporter un nouveau paquet complet après avoir rouvert son espace de travail dans GCEN Desktop.</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, claims changes of this very workspace copy that it never made, and no key you trust signed it, so it was refused as forged or damaged; ask %(name)s for a bundle signed with their key.</source>
            <translation>Ce paquet, qui dit venir de %(name)s, prétend contenir des modifications de cette copie même de l'espace de travail qu'elle n'a jamais faites, et aucune clé que vous approuvez ne l'a signé : il a donc été refusé comme falsifié ou endommagé ; demandez à %(name)s un paquet signé de sa clé.</translation>
        </message>
        <message>
            <source>This bundle is signed by a key this store does not trust yet (%(fingerprint)s); look at the preview, then import it once without trusting the key, or check the fingerprint with the sender and trust it.</source>
            <translation>Ce paquet est signé par une clé que cette copie de l'espace de travail n'approuve pas encore (%(fingerprint)s) ; examinez l'aperçu, puis importez-le une fois sans approuver la clé, ou vérifiez l'empreinte avec l'expéditeur et approuvez-la.</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, is not signed, so nothing shows who made it; look at the preview, then import it once if you know where it came from.</source>
            <translation>Ce paquet, qui dit venir de %(name)s, n'est pas signé : rien n'indique qui l'a fait ; examinez l'aperçu, puis importez-le une fois si vous savez d'où il vient.</translation>
        </message>
        <message>
            <source>This encrypted bundle's header is damaged; copy the file again or ask the sender for a new one.</source>
            <translation>L'en-tête de ce paquet chiffré est endommagé ; copiez à nouveau le fichier ou demandez-en un nouveau à l'expéditeur.</translation>
        </message>
        <message>
            <source>This encrypted bundle is damaged or incomplete (it does not decrypt); copy the file again or ask the sender for a new one.</source>
            <translation>Ce paquet chiffré est endommagé ou incomplet (il ne se déchiffre pas) ; copiez à nouveau le fichier ou demandez-en un nouveau à l'expéditeur.</translation>
        </message>
        <message>
            <source>The passphrase is empty; type a passphrase, or export without one.</source>
            <translation>La phrase secrète est vide ; saisissez une phrase secrète, ou exportez sans.</translation>
        </message>
        <message>
            <source>This bundle would be %(size)s, more than the %(limit)s a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>Ce paquet ferait %(size)s, plus que les %(limit)s autorisés pour un paquet ; exportez pour un seul coéquipier plutôt qu'un paquet complet.</translation>
        </message>
        <message>
            <source>The bundle could not be written (%(reason)s); check that the destination has free space and is writable, then export again.</source>
            <translation>Le paquet n'a pas pu être écrit (%(reason)s) ; vérifiez que la destination a de l'espace libre et est accessible en écriture, puis exportez à nouveau.</translation>
        </message>
        <message>
            <source>The file name %(name)s is too long for this folder (a bundle's name may have %(most)d bytes here); give a shorter name, then export again.</source>
            <translation>Le nom de fichier %(name)s est trop long pour ce dossier (le nom d’un paquet peut compter %(most)d octets ici) ; donnez un nom plus court, puis exportez à nouveau.</translation>
        </message>
        <message>
            <source>'%(key)s' is not a teammate's public key (it starts with age1); check the key and export again.</source>
            <translation>'%(key)s' n'est pas la clé publique d'un coéquipier (elle commence par age1) ; vérifiez la clé et exportez à nouveau.</translation>
        </message>
        <message>
            <source>The bundle read back from the destination differs from what was written, so it was removed; try another USB stick or folder.</source>
            <translation>Le paquet relu depuis la destination diffère de ce qui a été écrit, il a donc été supprimé ; essayez une autre clé USB ou un autre dossier.</translation>
        </message>
        <message>
            <source>This bundle would be larger than a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>Ce paquet serait plus gros qu'un paquet ne peut l'être ; exportez pour un seul coéquipier plutôt qu'un paquet complet.</translation>
        </message>
        <message>
            <source>This bundle would hold %(count)d attachments, more than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>Ce paquet contiendrait %(count)d pièces jointes, plus qu'un paquet ne peut en contenir ; exportez pour un seul coéquipier plutôt qu'un paquet complet.</translation>
        </message>
        <message>
            <source>This bundle would carry more changes than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>Ce paquet transporterait plus de modifications qu'un paquet ne le peut ; exportez pour un seul coéquipier plutôt qu'un paquet complet.</translation>
        </message>
        <message>
            <source>The change to record %(id)s is larger than a bundle may carry (%(size)s); shorten that record and export again.</source>
            <translation>La modification de l'élément %(id)s est plus grande que ce qu'un paquet peut transporter (%(size)s) ; raccourcissez cet élément et exportez à nouveau.</translation>
        </message>
        <message>
            <source>The attachment %(name)s is larger than the %(limit)s a bundle may carry; share it another way.</source>
            <translation>La pièce jointe %(name)s dépasse les %(limit)s qu'un paquet peut transporter ; partagez-la autrement.</translation>
        </message>
        <message>
            <source>The attachment file %(name)s no longer matches its recorded content (it was changed or damaged on disk); restore it or remove the attachment, then export again.</source>
            <translation>Le fichier joint %(name)s ne correspond plus à son contenu enregistré (il a été modifié ou endommagé sur le disque) ; restaurez-le ou retirez la pièce jointe, puis exportez à nouveau.</translation>
        </message>
        <message>
            <source>This bundle's description would be larger than a bundle allows; export for one teammate instead of a full bundle.</source>
            <translation>La description de ce paquet serait plus grande que ce qu'un paquet permet ; exportez pour un seul coéquipier plutôt qu'un paquet complet.</translation>
        </message>
        <message>
            <source>The bundle did not read back as written; check the disk and export again.</source>
            <translation>Le paquet relu ne correspond pas à ce qui a été écrit ; vérifiez le disque et exportez à nouveau.</translation>
        </message>
        <message>
            <source>This encrypted bundle has an oversized header, so it was refused; do not open it, and tell the sender.</source>
            <translation>Ce paquet chiffré a un en-tête démesuré, il a donc été refusé ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle is wrapped in more layers of encryption than bundles ever use, so it was refused; do not open it, and tell the sender.</source>
            <translation>Ce paquet est enveloppé de plus de couches de chiffrement que n'en utilise jamais un paquet, il a donc été refusé ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle is encrypted in a way GCEN Desktop does not use (no teammate key, no passphrase); ask the sender to export it again.</source>
            <translation>Ce paquet est chiffré d'une manière que GCEN Desktop n'utilise pas (ni clé de coéquipier, ni phrase secrète) ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle's passphrase protection asks for far more computing work (2^%(work)s) than GCEN Desktop spends, so it was refused; ask the sender to export it again.</source>
            <translation>La protection par phrase secrète de ce paquet demande bien plus de calcul (2^%(work)s) que GCEN Desktop n'en consacre, il a donc été refusé ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>The identity given is not an age secret key (it starts with AGE-SECRET-KEY-1); check the identity file and try again.</source>
            <translation>L'identité indiquée n'est pas une clé secrète age (elle commence par AGE-SECRET-KEY-1) ; vérifiez le fichier d'identité et réessayez.</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a regular file; nothing was written, so give a file name in it.</source>
            <translation>%(path)s est un dossier, pas un fichier ordinaire ; rien n’a été écrit, donnez donc un nom de fichier dans ce dossier.</translation>
        </message>
        <message>
            <source>%(path)s is not a regular file (a device or a pipe); nothing was written there, so give a file name instead.</source>
            <translation>%(path)s n’est pas un fichier ordinaire (un périphérique ou un tube) ; rien n’y a été écrit, donnez donc plutôt un nom de fichier.</translation>
        </message>
        <message>
            <source>This bundle file cannot be used; ask the sender for a new one.</source>
            <translation>Ce fichier de paquet est inutilisable ; demandez-en un nouveau à l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle file is incomplete (it was cut short, perhaps while copying); copy it again or ask the sender for a new one.</source>
            <translation>Ce fichier de paquet est incomplet (il a été tronqué, peut-être pendant la copie) ; copiez-le à nouveau ou demandez-en un nouveau à l'expéditeur.</translation>
        </message>
        <message>
            <source>This file is not a GCEN bundle; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>Ce fichier n'est pas un paquet GCEN ; choisissez un fichier .gcen exporté par GCEN Desktop.</translation>
        </message>
        <message>
            <source>This bundle is larger than GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Ce paquet est plus gros que ce qu'accepte GCEN Desktop ; demandez à l'expéditeur un export pour vous seul plutôt qu'un paquet complet.</translation>
        </message>
        <message>
            <source>This bundle file is built in a way that could harm your computer and was refused; do not open it, and tell the sender.</source>
            <translation>Ce fichier de paquet est construit d'une manière qui pourrait nuire à votre ordinateur et a été refusé ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle file is damaged; ask the sender to export it again.</source>
            <translation>Ce fichier de paquet est endommagé ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle's signature does not match its contents, so it may have been altered; do not import it, and ask the sender to export it again.</source>
            <translation>La signature de ce paquet ne correspond pas à son contenu : il a peut-être été altéré ; ne l'importez pas et demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>The passphrase does not unlock this bundle; check it with the sender and try again.</source>
            <translation>La phrase secrète ne déverrouille pas ce paquet ; vérifiez-la avec l'expéditeur et réessayez.</translation>
        </message>
        <message>
            <source>This bundle is protected by a passphrase; enter the passphrase the sender gave you.</source>
            <translation>Ce paquet est protégé par une phrase secrète ; saisissez celle que l'expéditeur vous a donnée.</translation>
        </message>
        <message>
            <source>This bundle is encrypted for other teammates' keys, not yours; ask the sender to export it again for you.</source>
            <translation>Ce paquet est chiffré pour les clés d'autres coéquipiers, pas pour la vôtre ; demandez à l'expéditeur de l'exporter à nouveau pour vous.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>Ce paquet a été créé par une version plus récente de GCEN Desktop ; mettez GCEN Desktop à jour et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>This bundle uses a feature this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>Ce paquet utilise une fonctionnalité que cette version de GCEN Desktop ne connaît pas ; mettez GCEN Desktop à jour et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>Cancelled; no bundle file was written.</source>
            <translation>Annulé ; aucun fichier de paquet n'a été écrit.</translation>
        </message>
        <message>
            <source>The bundle could not be written; check that the destination has free space and is writable, then export again.</source>
            <translation>Le paquet n'a pas pu être écrit ; vérifiez que la destination a de l'espace libre et est accessible en écriture, puis exportez à nouveau.</translation>
        </message>
        <message>
            <source>The workspace changed while the bundle was read; import the bundle again.</source>
            <translation>L'espace de travail a changé pendant la lecture du paquet ; importez à nouveau le paquet.</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>Import annulé ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This bundle from %(name)s deletes %(count)s records, so it was not imported automatically; open it with Import to look at the preview first.</source>
            <translation>Ce paquet de %(name)s supprime %(count)s éléments : il n'a pas été importé automatiquement ; ouvrez-le avec Importer pour examiner d'abord l'aperçu.</translation>
        </message>
        <message>
            <source>The key files in %(folder)s are damaged; restore them from a backup, or move them away so that new keys are made (teammates will then have to trust the new key).</source>
            <translation>Les fichiers de clés dans %(folder)s sont endommagés ; restaurez-les depuis une sauvegarde, ou déplacez-les ailleurs pour que de nouvelles clés soient créées (vos coéquipiers devront alors approuver la nouvelle clé).</translation>
        </message>
        <message>
            <source>This publication is not signed, so nobody can tell which city made it; ask that city to publish again from GCEN Desktop.</source>
            <translation>Cette publication n'est pas signée : personne ne peut savoir quelle ville l'a faite ; demandez à cette ville de publier de nouveau depuis GCEN Desktop.</translation>
        </message>
        <message>
            <source>This publication carries a record its city kept to its team or private, so it was refused and nothing was changed; tell that city.</source>
            <translation>Cette publication contient un élément que sa ville a réservé à son équipe ou gardé privé ; elle a été refusée et rien n'a été modifié ; prévenez cette ville.</translation>
        </message>
        <message>
            <source>The file could not be read (%(reason)s); check it and try again.</source>
            <translation>Le fichier n'a pas pu être lu (%(reason)s) ; vérifiez-le et réessayez.</translation>
        </message>
        <message>
            <source>This publication could not be checked, so it was refused; ask the city that made it to publish again.</source>
            <translation>Cette publication n'a pas pu être vérifiée, elle a donc été refusée ; demandez à la ville qui l'a faite de publier de nouveau.</translation>
        </message>
        <message>
            <source>This file is not a network publication; a teammate's bundle is imported with 'gcen import'.</source>
            <translation>Ce fichier n'est pas une publication du réseau ; le paquet d'un coéquipier s'importe avec 'gcen import'.</translation>
        </message>
        <message>
            <source>This publication gives no format version this program knows; ask the city that made it to publish again.</source>
            <translation>Cette publication n'indique aucune version de format connue de ce programme ; demandez à la ville qui l'a faite de publier de nouveau.</translation>
        </message>
        <message>
            <source>This publication uses format %(format)s, made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>Cette publication utilise le format %(format)s, créé par une version plus récente de GCEN Desktop ; mettez GCEN Desktop à jour et importez-la de nouveau.</translation>
        </message>
        <message>
            <source>This publication needs features this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>Cette publication demande des fonctions que cette version de GCEN Desktop ne connaît pas ; mettez GCEN Desktop à jour et importez-la de nouveau.</translation>
        </message>
        <message>
            <source>This publication was made by a newer GCEN Desktop (format %(format)s) and holds what this version cannot read; update GCEN Desktop and import it again.</source>
            <translation>Cette publication a été faite par une version plus récente de GCEN Desktop (format %(format)s) et contient ce que cette version ne sait pas lire ; mettez à jour GCEN Desktop et importez-la de nouveau.</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged; ask the city that made it to publish again.</source>
            <translation>La description (manifeste) de cette publication est endommagée ; demandez à la ville qui l'a faite de publier de nouveau.</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>La description (manifeste) de cette publication est endommagée (%(detail)s) ; demandez à la ville qui l'a faite de publier de nouveau.</translation>
        </message>
        <message>
            <source>a text holds a NUL character.</source>
            <translation>un texte contient un caractère NUL.</translation>
        </message>
        <message>
            <source>Line %(line)d of this publication is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>La ligne %(line)d de cette publication est endommagée (%(detail)s) ; demandez à la ville qui l'a faite de publier de nouveau.</translation>
        </message>
        <message>
            <source>This publication holds records of a kind this version of GCEN Desktop does not know (%(type)s); update GCEN Desktop and import it again.</source>
            <translation>Cette publication contient des fiches d'un genre que cette version de GCEN Desktop ne connaît pas (%(type)s) ; mettez à jour GCEN Desktop et importez-la de nouveau.</translation>
        </message>
        <message>
            <source>This publication names a record of type %(type)s, which cities do not publish; ask the city that made it to publish again.</source>
            <translation>Cette publication contient un élément de type %(type)s, que les villes ne publient pas ; demandez à la ville qui l'a faite de publier de nouveau.</translation>
        </message>
        <message>
            <source>This publication holds a choice this version of GCEN Desktop does not know (%(value)s, for %(field)s); update GCEN Desktop and import it again.</source>
            <translation>Cette publication contient un choix que cette version de GCEN Desktop ne connaît pas (%(value)s, pour %(field)s) ; mettez à jour GCEN Desktop et importez-la de nouveau.</translation>
        </message>
        <message>
            <source>'%(field)s' is not a name.</source>
            <translation>'%(field)s' n'est pas un nom.</translation>
        </message>
        <message>
            <source>a name is too long or holds a NUL character.</source>
            <translation>un nom est trop long ou contient un caractère NUL.</translation>
        </message>
        <message>
            <source>This bundle file could not be checked, so it was refused; ask the sender to export it again.</source>
            <translation>Ce fichier de paquet n'a pas pu être vérifié, il a donc été refusé ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>The bundle could not be read (%(reason)s); check the file and try again.</source>
            <translation>Le paquet n'a pas pu être lu (%(reason)s) ; vérifiez le fichier et réessayez.</translation>
        </message>
        <message>
            <source>There is not enough free disk space to check this bundle; free some disk space and import it again.</source>
            <translation>Il n'y a pas assez d'espace disque libre pour vérifier ce paquet ; libérez de l'espace disque et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a bundle file; choose a .gcen file.</source>
            <translation>%(path)s est un dossier, pas un fichier de paquet ; choisissez un fichier .gcen.</translation>
        </message>
        <message>
            <source>This bundle file is empty; copy it again or ask the sender for a new one.</source>
            <translation>Ce fichier de paquet est vide ; copiez-le à nouveau ou demandez-en un nouveau à l'expéditeur.</translation>
        </message>
        <message>
            <source>The file %(path)s cannot be read (%(reason)s); check it and try again.</source>
            <translation>Le fichier %(path)s ne peut pas être lu (%(reason)s) ; vérifiez-le et réessayez.</translation>
        </message>
        <message>
            <source>This bundle file is larger than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Ce fichier de paquet dépasse les %(limit)s qu'accepte GCEN Desktop ; demandez à l'expéditeur un export pour vous seul plutôt qu'un paquet complet.</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is damaged: %(detail)s; ask the sender to export it again.</source>
            <translation>La description (manifeste) de ce paquet est endommagée : %(detail)s ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>it %(problem)s</source>
            <translation>elle %(problem)s</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: its description (manifest) holds %(field)s, which this version does not know; update GCEN Desktop and import it again.</source>
            <translation>Ce paquet a été fait par une version plus récente de GCEN Desktop : sa description (manifeste) contient %(field)s, que cette version ne connaît pas ; mettez à jour GCEN Desktop et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>it gives no format version this program knows</source>
            <translation>elle n'indique aucune version de format connue de ce programme</translation>
        </message>
        <message>
            <source>one that reads bundle format %(major)s</source>
            <translation>une version qui lit le format de paquet %(major)s</translation>
        </message>
        <message>
            <source>This bundle uses format %(format)s, made by a newer GCEN Desktop; it needs version &gt;= %(needed)s: update GCEN Desktop and import it again.</source>
            <translation>Ce paquet utilise le format %(format)s, créé par une version plus récente de GCEN Desktop ; il faut la version &gt;= %(needed)s : mettez GCEN Desktop à jour et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>its required features are not a list of names</source>
            <translation>ses fonctionnalités requises ne forment pas une liste de noms</translation>
        </message>
        <message>
            <source>This bundle needs features this version of GCEN Desktop does not know (%(features)s); update GCEN Desktop and import it again.</source>
            <translation>Ce paquet a besoin de fonctionnalités que cette version de GCEN Desktop ne connaît pas (%(features)s) ; mettez GCEN Desktop à jour et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>This bundle holds files its description (manifest) does not list; ask the sender to export it again.</source>
            <translation>Ce paquet contient des fichiers que sa description (manifeste) ne liste pas ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle is missing files its description (manifest) lists; ask the sender to export it again.</source>
            <translation>Il manque à ce paquet des fichiers que sa description (manifeste) liste ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>The file %(name)s in this bundle does not have the size its description (manifest) gives; ask the sender to export it again.</source>
            <translation>Le fichier %(name)s de ce paquet n'a pas la taille qu'indique sa description (manifeste) ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle carries %(count)d changes, more than the %(limit)d a bundle may carry; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Ce paquet transporte %(count)d modifications, plus que les %(limit)d qu'un paquet peut transporter ; demandez à l'expéditeur un export pour vous seul plutôt qu'un paquet complet.</translation>
        </message>
        <message>
            <source>An attachment in this bundle does not have the content its name promises; ask the sender to export it again.</source>
            <translation>Une pièce jointe de ce paquet n'a pas le contenu que promet son nom ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle is longer than the %(limit)s a line may be; ask the sender to export it again.</source>
            <translation>La modification %(n)d de ce paquet dépasse les %(limit)s que peut faire une ligne ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle %(problem)s; ask the sender to export it again.</source>
            <translation>La modification %(n)d de ce paquet %(problem)s ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: change %(n)d in it is of a kind this version does not know (%(op)s); update GCEN Desktop and import it again.</source>
            <translation>Ce paquet a été fait par une version plus récente de GCEN Desktop : sa modification %(n)d est d'un genre que cette version ne connaît pas (%(op)s) ; mettez à jour GCEN Desktop et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>is not valid (%(reason)s)</source>
            <translation>n'est pas valide (%(reason)s)</translation>
        </message>
        <message>
            <source>does not match its own hash (h), so it was altered or damaged</source>
            <translation>ne correspond pas à sa propre empreinte (h) : elle a donc été altérée ou endommagée</translation>
        </message>
        <message>
            <source>has a '%(field)s' that contains a NUL character, which other teammates' stores cannot hold</source>
            <translation>a un champ '%(field)s' qui contient un caractère NUL, que les copies des coéquipiers ne peuvent pas conserver</translation>
        </message>
        <message>
            <source>names a version made by a store whose id is not one</source>
            <translation>désigne une version créée par une copie dont l'identifiant n'en est pas un</translation>
        </message>
        <message>
            <source>names the store that made it with an id that is not one</source>
            <translation>désigne la copie qui l'a créée par un identifiant qui n'en est pas un</translation>
        </message>
        <message>
            <source>has a time (hlc) that is not in the form every store writes</source>
            <translation>a une heure (hlc) qui n'a pas la forme qu'écrit chaque copie</translation>
        </message>
        <message>
            <source>is about a record whose id is not one (a UUID)</source>
            <translation>concerne un élément dont l'identifiant n'en est pas un (un UUID)</translation>
        </message>
        <message>
            <source>has a hash (h) that is not a SHA-256</source>
            <translation>a une empreinte (h) qui n'est pas un SHA-256</translation>
        </message>
        <message>
            <source>is about a record type %(type)s that is not a name</source>
            <translation>concerne un type d'élément %(type)s qui n'est pas un nom</translation>
        </message>
        <message>
            <source>is an edit without fields, or with a deletion's fields</source>
            <translation>est une modification sans champs, ou avec les champs d'une suppression</translation>
        </message>
        <message>
            <source>is a deletion without the versions it saw, or with an edit's fields</source>
            <translation>est une suppression sans les versions qu'elle a vues, ou avec les champs d'une modification</translation>
        </message>
        <message>
            <source>names a field %(field)s that a %(type)s does not have</source>
            <translation>nomme un champ %(field)s qu'un élément de type %(type)s n'a pas</translation>
        </message>
        <message>
            <source>sets a field %(field)s that is not a name</source>
            <translation>définit un champ %(field)s qui n'est pas un nom</translation>
        </message>
        <message>
            <source>has a '%(field)s' longer than %(limit)d characters</source>
            <translation>a un champ '%(field)s' de plus de %(limit)d caractères</translation>
        </message>
        <message>
            <source>gives '%(field)s' a value of the wrong kind</source>
            <translation>donne à '%(field)s' une valeur du mauvais type</translation>
        </message>
        <message>
            <source>has an empty '%(field)s', which a %(type)s must have</source>
            <translation>a un champ '%(field)s' vide, alors qu'un élément de type %(type)s doit l'avoir</translation>
        </message>
        <message>
            <source>has a bad value: %(reason)s</source>
            <translation>a une valeur incorrecte : %(reason)s</translation>
        </message>
        <message>
            <source>holds a number that is not a number (NaN or Infinity)</source>
            <translation>contient un nombre qui n'en est pas un (NaN ou Infinity)</translation>
        </message>
        <message>
            <source>holds text that is not valid JSON (%(error)s)</source>
            <translation>contient du texte qui n'est pas du JSON valide (%(error)s)</translation>
        </message>
        <message>
            <source>holds text that is not valid Unicode (a lone surrogate)</source>
            <translation>contient du texte qui n'est pas de l'Unicode valide (un demi-codet isolé)</translation>
        </message>
        <message>
            <source>This bundle's list of changes does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>La liste des modifications de ce paquet ne correspond pas à l'empreinte (SHA-256) de sa description : elle a donc été altérée ou endommagée ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle's attachment %(attachment)s… does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>La pièce jointe %(attachment)s… de ce paquet ne correspond pas à l'empreinte (SHA-256) de sa description : elle a donc été altérée ou endommagée ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle's list of changes ends in the middle of a line; ask the sender to export it again.</source>
            <translation>La liste des modifications de ce paquet s'arrête au milieu d'une ligne ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle carries more changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>Ce paquet transporte plus de modifications que ne l'indique sa description (%(expected)d) ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle carries fewer changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>Ce paquet transporte moins de modifications que ne l'indique sa description (%(expected)d) ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the copy that lets you undo this import, so nothing was imported; free some space on the disk of the workspace (it needs about %(size)s), then import again.</source>
            <translation>Il n'y a pas assez d'espace libre (ou le disque a échoué) pour garder la copie qui permet d'annuler cette importation, rien n'a donc été importé ; libérez de l'espace sur le disque de l'espace de travail (il faut environ %(size)s), puis importez de nouveau.</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the record that lets you undo this import, so nothing was imported; free some space on the disk of the workspace, then import again.</source>
            <translation>Il n'y a pas assez d'espace libre (ou le disque a échoué) pour garder l'enregistrement qui permet d'annuler cette importation, rien n'a donc été importé ; libérez de l'espace sur le disque de l'espace de travail, puis importez de nouveau.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace to undo the import, so nothing was changed; free some space (about %(size)s), then undo it again.</source>
            <translation>Il n'y a pas assez d'espace libre sur le disque de l'espace de travail pour annuler l'importation, rien n'a donc été modifié ; libérez de l'espace (environ %(size)s), puis annulez-la de nouveau.</translation>
        </message>
        <message>
            <source>Another program is changing the workspace, so the import was not undone; close it (or wait for it to finish), then undo the import again.</source>
            <translation>Un autre programme modifie l'espace de travail, l'importation n'a donc pas été annulée ; fermez-le (ou attendez qu'il ait terminé), puis annulez de nouveau l'importation.</translation>
        </message>
        <message>
            <source>GCEN Desktop could not start the process that reads the bundle; try again, and restart GCEN Desktop if it happens again.</source>
            <translation>GCEN Desktop n'a pas pu lancer le processus qui lit le paquet ; réessayez, et redémarrez GCEN Desktop si cela se reproduit.</translation>
        </message>
        <message>
            <source>The bundle could not be read to the end (the reading process stopped); import it again, and if that fails ask the sender to export it again.</source>
            <translation>Le paquet n'a pas pu être lu jusqu'au bout (le processus de lecture s'est arrêté) ; importez-le à nouveau et, en cas d'échec, demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This file is a kind of ZIP archive that GCEN Desktop never writes; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>Ce fichier est un type d'archive ZIP que GCEN Desktop n'écrit jamais ; choisissez un fichier .gcen exporté par GCEN Desktop.</translation>
        </message>
        <message>
            <source>This file is a multi-part ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>Ce fichier est une archive ZIP en plusieurs parties, pas un paquet GCEN ; choisissez un fichier .gcen.</translation>
        </message>
        <message>
            <source>This bundle file has extra bytes after its end; ask the sender to export it again.</source>
            <translation>Ce fichier de paquet a des octets en trop après sa fin ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle's table of contents is not where it should be; ask the sender to export it again.</source>
            <translation>La table des matières de ce paquet n'est pas là où elle devrait être ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle claims to hold %(count)d files, more than the %(limit)d a bundle may hold, so it was refused; do not open it, and tell the sender.</source>
            <translation>Ce paquet prétend contenir %(count)d fichiers, plus que les %(limit)d qu'un paquet peut contenir, il a donc été refusé ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This file is an empty ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>Ce fichier est une archive ZIP vide, pas un paquet GCEN ; choisissez un fichier .gcen.</translation>
        </message>
        <message>
            <source>This bundle's table of contents is damaged; ask the sender to export it again.</source>
            <translation>La table des matières de ce paquet est endommagée ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>A file inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>Un fichier de ce paquet est endommagé ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle holds a file with an overlong name, which bundles never have; do not open it, and tell the sender.</source>
            <translation>Ce paquet contient un fichier au nom démesuré, ce qu'un paquet n'a jamais ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle holds a file whose name is not readable text, which bundles never have; do not open it, and tell the sender.</source>
            <translation>Ce paquet contient un fichier dont le nom n'est pas du texte lisible, ce qu'un paquet n'a jamais ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle holds a file named %(name)s that points outside its own folder (an absolute path or '..'), so it was refused; do not open it, and tell the sender.</source>
            <translation>Ce paquet contient un fichier nommé %(name)s qui pointe hors de son propre dossier (un chemin absolu ou '..'), il a donc été refusé ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle holds two files with the same name (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>Ce paquet contient deux fichiers portant le même nom (%(name)s), ce qui permet de cacher l'un derrière l'autre, il a donc été refusé ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle holds two files with names that differ only in upper/lower case (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>Ce paquet contient deux fichiers dont les noms ne diffèrent que par les majuscules et minuscules (%(name)s), ce qui permet de cacher l'un derrière l'autre, il a donc été refusé ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This ZIP archive uses ZIP passwords, which GCEN bundles never use; choose a .gcen file.</source>
            <translation>Cette archive ZIP utilise des mots de passe ZIP, ce que les paquets GCEN ne font jamais ; choisissez un fichier .gcen.</translation>
        </message>
        <message>
            <source>This file is a ZIP archive that GCEN Desktop did not write; choose a .gcen file.</source>
            <translation>Ce fichier est une archive ZIP que GCEN Desktop n'a pas écrite ; choisissez un fichier .gcen.</translation>
        </message>
        <message>
            <source>This ZIP archive uses a compression method GCEN bundles never use; choose a .gcen file.</source>
            <translation>Cette archive ZIP utilise une méthode de compression que les paquets GCEN n'utilisent jamais ; choisissez un fichier .gcen.</translation>
        </message>
        <message>
            <source>A file inside this bundle would expand %(times)d times (a 'zip bomb'), so it was refused; do not open it, and tell the sender.</source>
            <translation>Un fichier de ce paquet se décompresserait en %(times)d fois sa taille (une « bombe zip »), il a donc été refusé ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle holds a file %(name)s that does not belong in a bundle; ask the sender to export it again.</source>
            <translation>Ce paquet contient un fichier %(name)s qui n'a pas sa place dans un paquet ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle has no list of changes in it; ask the sender to export it again.</source>
            <translation>Ce paquet ne contient pas de liste de modifications ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>Ce paquet fait %(size)s une fois décompressé, plus que les %(limit)s qu'accepte GCEN Desktop ; demandez à l'expéditeur un export pour vous seul plutôt qu'un paquet complet.</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s and there is not enough free disk space to check it safely; free some disk space and import it again.</source>
            <translation>Ce paquet fait %(size)s une fois décompressé et il n'y a pas assez d'espace disque libre pour le vérifier sans risque ; libérez de l'espace disque et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>This bundle's files overlap one another inside the archive (a 'zip bomb' trick), so it was refused; do not open it, and tell the sender.</source>
            <translation>Les fichiers de ce paquet se chevauchent dans l'archive (une astuce de « bombe zip »), il a donc été refusé ; ne l'ouvrez pas et prévenez l'expéditeur.</translation>
        </message>
        <message>
            <source>This bundle's list of changes is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>La liste des modifications de ce paquet fait %(size)s, plus que les %(limit)s qu'accepte GCEN Desktop ; demandez à l'expéditeur un export pour vous seul, ou de partager ce fichier autrement.</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>La description (manifeste) de ce paquet fait %(size)s, plus que les %(limit)s qu'accepte GCEN Desktop ; demandez à l'expéditeur un export pour vous seul, ou de partager ce fichier autrement.</translation>
        </message>
        <message>
            <source>This bundle's attachment is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>La pièce jointe de ce paquet fait %(size)s, plus que les %(limit)s qu'accepte GCEN Desktop ; demandez à l'expéditeur un export pour vous seul, ou de partager ce fichier autrement.</translation>
        </message>
        <message>
            <source>The file %(name)s inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>Le fichier %(name)s de ce paquet est endommagé ; demandez à l'expéditeur de l'exporter à nouveau.</translation>
        </message>
        <message>
            <source>A session ends after it starts: give an end time after %(start)s, or leave it empty.</source>
            <translation>Une séance se termine après son début : indiquez une heure de fin après %(start)s, ou laissez-la vide.</translation>
        </message>
    </context>
</TS>

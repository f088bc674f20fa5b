<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AgendaPanel</name>
        <message numerus="yes">
            <source>%Ln sessions</source>
            <translation>
                <numerusform>%Ln session</numerusform>
                <numerusform>%Ln sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln site visits</source>
            <translation>
                <numerusform>%Ln site visit</numerusform>
                <numerusform>%Ln site visits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message numerus="yes">
            <source>Remove %Ln files</source>
            <translation>
                <numerusform>Remove %Ln file</numerusform>
                <numerusform>Remove %Ln files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln files from this record. Undo attaches them again.</source>
            <translation>
                <numerusform>Removed %Ln file from this record. Undo attaches it again.</numerusform>
                <numerusform>Removed %Ln files from this record. Undo attaches them again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message numerus="yes">
            <source>%1 of %Ln done</source>
            <translation>
                <numerusform>%1 of %Ln done</numerusform>
                <numerusform>%1 of %Ln done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsSection</name>
        <message numerus="yes">
            <source>%Ln to settle. Pick the version to keep, write a merged value, or decide about deleted records.</source>
            <translation>
                <numerusform>%Ln to settle. Pick the version to keep, write a merged value, or decide about deleted records.</numerusform>
                <numerusform>%Ln to settle. Pick the version to keep, write a merged value, or decide about deleted records.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message numerus="yes">
            <source>%Ln changes not shared with anyone yet.</source>
            <translation>
                <numerusform>%Ln change not shared with anyone yet.</numerusform>
                <numerusform>%Ln changes not shared with anyone yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>This export was larger than one bundle may be, so it was saved as %Ln file, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.</numerusform>
                <numerusform>This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%2, %Ln changes). It was checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>Saved %1 (%2, %Ln change). It was checked after writing: it is safe to remove the USB stick.</numerusform>
                <numerusform>Saved %1 (%2, %Ln changes). It was checked after writing: it is safe to remove the USB stick.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FieldConflictBox</name>
        <message numerus="yes">
            <source>%Ln different versions. Pick one, or write the value to keep.</source>
            <translation>
                <numerusform>%Ln different versions. Pick one, or write the value to keep.</numerusform>
                <numerusform>%Ln different versions. Pick one, or write the value to keep.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <source>%1 of %n</source>
            <translation>
                <numerusform>%1 of %n</numerusform>
                <numerusform>%1 of %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matches</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunWindow</name>
        <message numerus="yes">
            <source>%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.</source>
            <translation>
                <numerusform>%1 made this bundle of the workspace “%2” on %3. It holds %Ln change.</numerusform>
                <numerusform>%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%1 of %Ln action done</numerusform>
                <numerusform>%1 of %Ln actions done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%2, %1 of %Ln actions done</source>
            <translation>
                <numerusform>%2, %1 of %Ln action done</numerusform>
                <numerusform>%2, %1 of %Ln actions done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GroupsSection</name>
        <message numerus="yes">
            <source>%Ln members · %1</source>
            <translation>
                <numerusform>%Ln member · %1</numerusform>
                <numerusform>%Ln members · %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomeSection</name>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>in %Ln day</numerusform>
                <numerusform>in %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparation: %1 of %Ln checklist items done</source>
            <translation>
                <numerusform>Preparation: %1 of %Ln checklist item done</numerusform>
                <numerusform>Preparation: %1 of %Ln checklist items done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days overdue</source>
            <translation>
                <numerusform>%Ln day overdue</numerusform>
                <numerusform>%Ln days overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message numerus="yes">
            <source>Last import: %Ln records copied from %1.</source>
            <translation>
                <numerusform>Last import: %Ln record copied from %1.</numerusform>
                <numerusform>Last import: %Ln records copied from %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last import, from %1: %Ln records brought in.</source>
            <translation>
                <numerusform>Last import, from %1: %Ln record brought in.</numerusform>
                <numerusform>Last import, from %1: %Ln records brought in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln need a decision in Conflicts.</source>
            <translation>
                <numerusform>%Ln needs a decision in Conflicts.</numerusform>
                <numerusform>%Ln need a decision in Conflicts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <source>%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.</source>
            <translation>
                <numerusform>%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.</numerusform>
                <numerusform>%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWarnings</name>
        <message numerus="yes">
            <source>This bundle deletes %Ln records; look at the preview before importing.</source>
            <translation>
                <numerusform>This bundle deletes %Ln record; look at the preview before importing.</numerusform>
                <numerusform>This bundle deletes %Ln records; look at the preview before importing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records were not copied because what they belong to is not in the bundle.</source>
            <translation>
                <numerusform>%Ln record was not copied because what it belongs to is not in the bundle.</numerusform>
                <numerusform>%Ln records were not copied because what they belong to is not in the bundle.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineDiffView</name>
        <message numerus="yes">
            <source>%n unchanged lines</source>
            <translation>
                <numerusform>%n unchanged line</numerusform>
                <numerusform>%n unchanged lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinkedRecordsPanel</name>
        <message numerus="yes">
            <source>Add %Ln links</source>
            <translation>
                <numerusform>Add %Ln link</numerusform>
                <numerusform>Add %Ln links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln links</source>
            <translation>
                <numerusform>Remove %Ln link</numerusform>
                <numerusform>Remove %Ln links</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message numerus="yes">
            <source>%Ln files</source>
            <translation>
                <numerusform>%Ln file</numerusform>
                <numerusform>%Ln files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message numerus="yes">
            <source>Delete %Ln notes</source>
            <translation>
                <numerusform>Delete %Ln note</numerusform>
                <numerusform>Delete %Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln notes to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>Moved %Ln note to the trash. Undo brings it back.</numerusform>
                <numerusform>Moved %Ln notes to the trash. Undo brings them back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%1 of %Ln action done</numerusform>
                <numerusform>%1 of %Ln actions done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n actions to %1.</source>
            <translation>
                <numerusform>Saved %n action to %1.</numerusform>
                <numerusform>Saved %n actions to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PublishPanel</name>
        <message numerus="yes">
            <source>For %1: %2 (%n of them sent before, not acknowledged yet).</source>
            <translation>
                <numerusform>For %1: %2 (%n of them sent before, not acknowledged yet).</numerusform>
                <numerusform>For %1: %2 (%n of them sent before, not acknowledged yet).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This publication was larger than one file may be, so it was saved as %Ln files, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.</source>
            <translation>
                <numerusform>This publication was larger than one file may be, so it was saved as %Ln file, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.</numerusform>
                <numerusform>This publication was larger than one file may be, so it was saved as %Ln files, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PublishWords</name>
        <message numerus="yes">
            <source>%n practices</source>
            <translation>
                <numerusform>%n practice</numerusform>
                <numerusform>%n practices</numerusform>
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
                <numerusform>%n reading</numerusform>
                <numerusform>%n readings</numerusform>
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
                <numerusform>%n symposia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working groups</source>
            <translation>
                <numerusform>%n working group</numerusform>
                <numerusform>%n working groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goals</source>
            <translation>
                <numerusform>%n goal</numerusform>
                <numerusform>%n goals</numerusform>
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
                <numerusform>%n agenda item</numerusform>
                <numerusform>%n agenda items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadingsSection</name>
        <message numerus="yes">
            <source>Delete %Ln readings</source>
            <translation>
                <numerusform>Delete %Ln reading</numerusform>
                <numerusform>Delete %Ln readings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln readings to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>Moved %Ln reading to the trash. Undo brings it back.</numerusform>
                <numerusform>Moved %Ln readings to the trash. Undo brings them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln more readings from %1.</source>
            <translation>
                <numerusform>Imported %Ln more reading from %1.</numerusform>
                <numerusform>Imported %Ln more readings from %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln readings to %1.</source>
            <translation>
                <numerusform>Exported %Ln reading to %1.</numerusform>
                <numerusform>Exported %Ln readings to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceiveFlow</name>
        <message numerus="yes">
            <source>%1 holds %n of your published records; your next publication for it carries only what it lacks.</source>
            <translation>
                <numerusform>%1 holds %n of your published records; your next publication for it carries only what it lacks.</numerusform>
                <numerusform>%1 holds %n of your published records; your next publication for it carries only what it lacks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrived</source>
            <translation>
                <numerusform>%n arrived</numerusform>
                <numerusform>%n arrived</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n withdrawn</source>
            <translation>
                <numerusform>%n withdrawn</numerusform>
                <numerusform>%n withdrawn</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message numerus="yes">
            <source>%Ln results. Enter opens the selected one.</source>
            <translation>
                <numerusform>%Ln result. Enter opens it.</numerusform>
                <numerusform>%Ln results. Enter opens the selected one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedFolderPanel</name>
        <message numerus="yes">
            <source>Last sync brought in %Ln bundles.</source>
            <translation>
                <numerusform>Last sync brought in %Ln bundle.</numerusform>
                <numerusform>Last sync brought in %Ln bundles.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SymposiumEditor</name>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>in %Ln day</numerusform>
                <numerusform>in %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln prep items done</source>
            <translation>
                <numerusform>%1 of %Ln prep item done</numerusform>
                <numerusform>%1 of %Ln prep items done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n agenda items to %1.</source>
            <translation>
                <numerusform>Saved %n agenda item to %1.</numerusform>
                <numerusform>Saved %n agenda items to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashSection</name>
        <message numerus="yes">
            <source>Restored %Ln records.</source>
            <translation>
                <numerusform>Restored %Ln record.</numerusform>
                <numerusform>Restored %Ln records.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %Ln records</source>
            <translation>
                <numerusform>Restore %Ln record</numerusform>
                <numerusform>Restore %Ln records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message numerus="yes">
            <source>%Ln changes not yet shared</source>
            <translation>
                <numerusform>%Ln change not yet shared</numerusform>
                <numerusform>%Ln changes not yet shared</numerusform>
            </translation>
        </message>
    </context>
</TS>

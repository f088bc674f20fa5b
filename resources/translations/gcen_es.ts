<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About GCEN Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An offline workspace for city teams of a network of urban school systems: notes, readings, action plans and symposia, shared as bundle files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy versions to the clipboard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionDelegate</name>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accountable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit action %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move action</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionTableView</name>
        <message>
            <source>Actions of the goal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddReadingDialog</name>
        <message>
            <source>Add a reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last, First; Last, First</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can add the abstract, why it matters and the PDF after adding it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This looks like a reading already in the list (same title, DOI or web address): %s. Add it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reading needs a title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the title, then press Add reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaDelegate</name>
        <message>
            <source>Kind of session</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions yet. Add the site visits, exchanges and expert talks with “Add session”; double-click a cell to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d sessions over %d days, %d site visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete sessions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit session %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>Could not do that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The operation did not complete and nothing was changed. If it happens again, send this to the team:

%s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attached files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No files yet. Attach a PDF or a document to keep it with this record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attached %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No program on this computer opens this kind of file. Install a viewer and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardColumnModel</name>
        <message>
            <source>due %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s, %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Tick %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move checklist item</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Checklist progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an item, e.g. “Book flights”, and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space ticks an item; Ctrl+Up / Ctrl+Down moves it; F2 renames it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d of %d done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to prepare yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete checklist items</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDetail</name>
        <message>
            <source>Choose a record on the left to see what differs and settle it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on one side, edited on the other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s deleted this %s, but it was edited after they last saw it. Keep it with the edits, or delete it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A teammate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This %s was deleted, but a teammate added to it or changed something under it at the same time, so it is still here. Keep it, or delete it again with everything under it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the record again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settle %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %s again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <source>deleted by a teammate while edited here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted, but a teammate added to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different values: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>auto-merged: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsSection</name>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records with conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts. When teammates change the same thing in different ways, or one deletes what another edited, it shows up here to settle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d to settle. Pick the version to keep, write a merged value, or decide about deleted records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing needs a decision; auto-merged text can be checked and accepted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>No date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word (DOCX)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page (HTML)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export is not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This version cannot write documents yet; update GCEN Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Share your changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the team: everything a teammate may not have yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For one teammate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything in the workspace (for a new teammate or a backup)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teammate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only what is marked for the network (for other cities' teams)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign it, so teammates can tell it comes from you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt it for the teammates whose keys you trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect it with a passphrase (tell it to them by phone, not by e-mail)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d changes not shared with anyone yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you changed has been shared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase for this bundle (at least 8 characters):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase too short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a passphrase of at least 8 characters, e.g. three unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrases differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ; export again and type the same passphrase twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save bundle as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %s (%s, %d changes). It was checked after writing: it is safe to remove the USB stick.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle saved: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldConflictBox</name>
        <message>
            <source>Merged automatically: the edits touched different lines. Check it, then accept it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d different versions. Pick one, or write the value to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s, %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version by %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the version by %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto-merged text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or write the value to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged value of %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept the merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this value</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunWindow</name>
        <message>
            <source>Welcome to GCEN Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your team's notes, readings, action plans and symposia, on this computer. Nothing needs a server: you share with teammates through bundle files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create your team's workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Boston Public Schools — GCEN team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Boston</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the workspace folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore the sample team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A fictional Boston team with notes, readings, a plan and a symposium.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a bundle from a teammate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in your name above, then choose the .gcen file a teammate sent you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to keep the workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few details are missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your team's name and your own name, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the bundle a teammate sent you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not create the workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting up the workspace…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message>
            <source>%d of %d actions done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s, %d of %d actions done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d/%d done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No goals yet. Add one with “New goal”: say what should change, and how you will know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No actions for this goal yet. Add the first with “New action”; drag rows or press Ctrl+Up / Ctrl+Down to reorder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the action up (Ctrl+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the action down (Ctrl+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete goal %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %d actions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupsSection</name>
        <message>
            <source>Working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter groups by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No working groups yet. A group gathers people from several cities around one problem of practice: “New group”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No group matches the filter. Clear it to see them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem of practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No members yet. Add the people from each city who take part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked readings and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link the case studies, papers and notes the group works from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filed under this group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readings, notes and plans whose working group is this one appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a working group on the left, or start one with “New group”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d members · %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete working group %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomeSection</name>
        <message>
            <source>Actions due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing overdue or due this week. Well done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue actions and actions due this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readings assigned to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No readings are waiting for you. Teammates can assign readings to you under Readings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes yet. Write a note or add a reading to get started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 day overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a teammate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from %s (imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next symposium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparation checklist progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open symposium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No symposium is coming up. Add one under Symposia to see its countdown here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date to be set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No preparation checklist yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparation: %s of %s checklist items done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in %s days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>happening now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportCountsModel</name>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links, tags and statuses</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Checking %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported %s.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <source>Bring in a teammate's changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the .gcen file they sent you, or drop it on the window. You see what it changes before anything is written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo last import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the last import changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a teammate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last import, from %s: already imported on %s, nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last import, from %s: %d records brought in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d need a decision in Conflicts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle from %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an unknown teammate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>everything they hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>their changes since the last exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender's key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the bundle changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bundle was already imported on %s. Importing it again changes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new: you already have everything in this bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d new, %d updated, %d deleted; %d will need a decision in Conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I checked this key with %s (e.g. by phone): trust it for their future bundles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust the sender's key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkedRecordsPanel</name>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %d links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove %d links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlink %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%s — GCEN Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCEN Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open another &amp;workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About GCEN Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot import yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This version cannot import bundles. Ask your team for the latest GCEN Desktop.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Note text (Markdown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write here. Markdown works: # heading, **bold**, - lists, &gt; quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <source>New action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Grow and keep a high-quality teaching force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A blank plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle of inquiry (inquiry → discussion → planning → action → review)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Innovation at scale (set goals, create flexibility, develop talent, build networks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with an empty plan and add goals and actions yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Five goals, one per stage of the cycle, each with three actions to adapt. Goal due dates are spread over the plan's dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Four goals, one per lever of innovation at scale, each with three actions to adapt.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Choose a note on the left, or press “New note” to write one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Symposium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where this note is used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used as evidence in plan %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Related to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not used in any plan yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit note text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session notes, site visits, reflections and meetings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes yet. Press “New note” (Ctrl+N) to write your first one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter notes by title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show notes of kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show notes of working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All working groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %s notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved %s note(s) to the trash. Undo brings them back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeerTableModel</name>
        <message>
            <source>Teammate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no key yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeersPanel</name>
        <message>
            <source>Teammates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone whose bundles you imported. Before trusting a key, compare its fingerprint with the teammate, e.g. by phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teammates and their keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No teammates yet. Import a bundle from one, or send them yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust this key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust the selected teammate's key</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleSection</name>
        <message>
            <source>People &amp; cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your team's members and the cities of the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No team members yet. Add the people in your city team with “Add person”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter people by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cities yet. Add the cities of your network with “Add city”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter cities by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You cannot delete yourself; choose someone else in Preferences first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanBoard</name>
        <message>
            <source>Drag a card to another column to change its status, or select it and press Ctrl+Left / Ctrl+Right. Enter opens it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Actions done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem of practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adapted from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which cities' practices does this plan adapt? Add them here so the practice shows the plans built on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adapted from which practices and cities?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No evidence linked yet. Add the readings and notes (case studies, site-visit notes) this plan draws on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add readings and notes as evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals and actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owner: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d of %d actions done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move plan to stage %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanFilterBar</name>
        <message>
            <source>Filter plans by title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanListPanel</name>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From innovation at scale…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No plans yet. Start one with “New plan” — from a blank page or from the cycle of inquiry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No plan matches the filter. Clear it to see every plan.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlansSection</name>
        <message>
            <source>Action plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete plan %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New plan %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PracticesSection</name>
        <message>
            <source>Practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter practices by title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No practices yet. Add what you saw on a site visit or read in a case study: “New practice”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No practice matches the filter. Clear it to see them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adapt in a new plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adapt this practice in a new plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results and evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plans that adapt it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No plan adapts this practice yet. “Adapt in a new plan…” starts one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a practice on the left, or add one with “New practice”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete practice %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adapting: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New plan adapting %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adapt practice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who you are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— choose yourself —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A synced drive or USB folder your team uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new language applies the next time GCEN Desktop starts. Who you are decides whose reading statuses you set and which readings Home shows as yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are now %s.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadingDetail</name>
        <message>
            <source>Choose a reading on the left, or press “Add reading”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My reading status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading status of each teammate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assigned to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abstract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF and files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who you are in Preferences to keep your own status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No teammate has marked it yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change tags</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadingsSection</name>
        <message>
            <source>Readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case studies, background papers and reports the team reads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import readings from RIS, BibTeX or CSL-JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the readings shown to RIS, BibTeX or CSL-JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No readings match. Add one with “Add reading”, import a RIS or BibTeX file, or clear the filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter readings by title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show readings of type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show readings with my status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show readings of year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show readings with tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show readings of working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All working groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %s readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved %s reading(s) to the trash. Undo brings them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading lists (*.ris *.bib *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No readings are shown, so there is nothing to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported %s readings to %s.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teammates wrote different values here; see Conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordPickerDialog</name>
        <message>
            <source>Type to find by title…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find by title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matching records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing matches. Try fewer letters, or create the record first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search notes, readings, plans, people…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a few words; results are grouped by kind. Enter opens the first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing found. Try fewer or different words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still indexing a recent import; some results may be missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s results. Enter opens the selected one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SharedFolderPanel</name>
        <message>
            <source>Shared folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If your team shares a folder (a synced drive), GCEN Desktop puts your bundle there and imports your teammates' bundles every five minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop using it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available in this build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No shared folder. Bundles travel by USB stick or e-mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the folder your team shares</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: %d bundles imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync failed: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>Could not open the workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a workspace folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No workspace there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That folder holds no GCEN workspace; pick the folder you created it in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageBar</name>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SymposiaSection</name>
        <message>
            <source>Symposium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Symposia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New symposium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No symposia or meetings yet. Add the next one with “New symposium” to plan its agenda and prep checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing matches the filter. Clear it to see every event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete symposium %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SymposiumEditor</name>
        <message>
            <source>Briefing pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the briefing pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is going? Add the team members taking part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readings and notes to prepare with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link the readings and notes participants should see before they travel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes taken at this event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes whose symposium is this one appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prep checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readings and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in %d days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d of %d prep items done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync with your team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This build cannot exchange bundles; install the full version of GCEN Desktop to sync with your team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync information is not available: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d changes not shared yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you changed has been shared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last exchange: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This build cannot exchange bundles; install the full version of GCEN Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo last import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the workspace back as it was just before the last import? Edits made since then are undone too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last import was undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <source>Tags, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashSection</name>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted records stay here until you restore them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the selected records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trash is empty. Anything you delete appears here and can be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore %s records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored %s record(s).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discussion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expert talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plenary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Symposium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working-group meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Webinar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Superintendent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Senior leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content expert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practitioner-leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private (this computer only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network (other cities may see it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results and evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem of practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accountable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abstract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assigned to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <source>Teammate using this workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes not yet shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who you are in Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s changes not yet shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last exchange with %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No exchange yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WriterNames</name>
        <message>
            <source>you (this computer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a teammate (%s…)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_MembersPage</name>
        <message>
            <source>This is you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working groups: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in a working group yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KindNames</name>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discussed</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

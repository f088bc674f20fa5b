<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <name>DateEdit</name>
        <message>
            <source>No date</source>
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
        <name>QMessageBox</name>
        <message>
            <source>OK</source>
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
</TS>

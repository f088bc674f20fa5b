"""English plural forms (singular, plural) of the messages with %n, compiled into gcen_en.qm by
`scripts/translations.py`: the English source text is the plural, and Qt says "1 change" only from here."""

TRANSLATIONS: dict[str, list[str]] = {'%Ln sessions': ['%Ln session', '%Ln sessions'],
 '%Ln days': ['%Ln day', '%Ln days'],
 '%Ln site visits': ['%Ln site visit', '%Ln site visits'],
 '%1 of %Ln done': ['%1 of %Ln done', '%1 of %Ln done'],
 '%Ln to settle. Pick the version to keep, write a merged value, or decide about deleted records.': ['%Ln to settle. '
                                                                                                     'Pick the version '
                                                                                                     'to keep, write a '
                                                                                                     'merged value, or '
                                                                                                     'decide about '
                                                                                                     'deleted records.',
                                                                                                     '%Ln to settle. '
                                                                                                     'Pick the version '
                                                                                                     'to keep, write a '
                                                                                                     'merged value, or '
                                                                                                     'decide about '
                                                                                                     'deleted '
                                                                                                     'records.'],
 'Saved %1 (%2, %Ln changes). It was checked after writing: it is safe to remove the USB stick.': ['Saved %1 (%2, %Ln '
                                                                                                   'change). It was '
                                                                                                   'checked after '
                                                                                                   'writing: it is '
                                                                                                   'safe to remove the '
                                                                                                   'USB stick.',
                                                                                                   'Saved %1 (%2, %Ln '
                                                                                                   'changes). It was '
                                                                                                   'checked after '
                                                                                                   'writing: it is '
                                                                                                   'safe to remove the '
                                                                                                   'USB stick.'],
 '%Ln different versions. Pick one, or write the value to keep.': ['%Ln different versions. Pick one, or write the '
                                                                   'value to keep.',
                                                                   '%Ln different versions. Pick one, or write the '
                                                                   'value to keep.'],
 '%Ln members · %1': ['%Ln member · %1', '%Ln members · %1'],
 'Last import: %Ln records copied from %1.': ['Last import: %Ln record copied from %1.',
                                              'Last import: %Ln records copied from %1.'],
 'Last import, from %1: %Ln records brought in.': ['Last import, from %1: %Ln record brought in.',
                                                   'Last import, from %1: %Ln records brought in.'],
 '%Ln need a decision in Conflicts.': ['%Ln needs a decision in Conflicts.', '%Ln need a decision in Conflicts.'],
 '%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.': ['%1 new, %2 updated, %3 deleted; %Ln will '
                                                                            'need a decision in Conflicts.',
                                                                            '%1 new, %2 updated, %3 deleted; %Ln will '
                                                                            'need a decision in Conflicts.'],
 'Add %Ln links': ['Add %Ln link', 'Add %Ln links'],
 'Remove %Ln links': ['Remove %Ln link', 'Remove %Ln links'],
 'Moved %Ln notes to the trash. Undo brings them back.': ['Moved %Ln note to the trash. Undo brings it back.',
                                                          'Moved %Ln notes to the trash. Undo brings them back.'],
 'Moved %Ln readings to the trash. Undo brings them back.': ['Moved %Ln reading to the trash. Undo brings it back.',
                                                             'Moved %Ln readings to the trash. Undo brings them back.'],
 '%1 of %Ln actions done': ['%1 of %Ln action done', '%1 of %Ln actions done'],
 '%2, %1 of %Ln actions done': ['%2, %1 of %Ln action done', '%2, %1 of %Ln actions done'],
 'Last sync brought in %Ln bundles.': ['Last sync brought in %Ln bundle.', 'Last sync brought in %Ln bundles.'],
 'in %Ln days': ['in %Ln day', 'in %Ln days'],
 '%1 of %Ln prep items done': ['%1 of %Ln prep item done', '%1 of %Ln prep items done'],
 'Restored %Ln records.': ['Restored %Ln record.', 'Restored %Ln records.'],
 'Delete %Ln actions': ['Delete %Ln action', 'Delete %Ln actions'],
 '%Ln changes not yet shared': ['%Ln change not yet shared', '%Ln changes not yet shared'],
 '%Ln changes not shared with anyone yet.': ['%Ln change not shared with anyone yet.',
                                             '%Ln changes not shared with anyone yet.']}
TRANSLATIONS.update({'Remove %Ln files': ['Remove %Ln file', 'Remove %Ln files'],
 'Removed %Ln files from this record. Undo attaches them again.': ['Removed %Ln file from this record. Undo attaches '
                                                                   'it again.',
                                                                   'Removed %Ln files from this record. Undo attaches '
                                                                   'them again.'],
 'Preparation: %1 of %Ln checklist items done': ['Preparation: %1 of %Ln checklist item done',
                                                 'Preparation: %1 of %Ln checklist items done'],
 '%Ln days overdue': ['%Ln day overdue', '%Ln days overdue'],
 'This bundle deletes %Ln records; look at the preview before importing.': ['This bundle deletes %Ln record; look at '
                                                                            'the preview before importing.',
                                                                            'This bundle deletes %Ln records; look at '
                                                                            'the preview before importing.'],
 '%Ln records were not copied because what they belong to is not in the bundle.': ['%Ln record was not copied because '
                                                                                   'what it belongs to is not in the '
                                                                                   'bundle.',
                                                                                   '%Ln records were not copied '
                                                                                   'because what they belong to is not '
                                                                                   'in the bundle.'],
 '%Ln files': ['%Ln file', '%Ln files'],
 'Delete %Ln notes': ['Delete %Ln note', 'Delete %Ln notes'],
 'Delete %Ln readings': ['Delete %Ln reading', 'Delete %Ln readings'],
 'Exported %Ln readings to %1.': ['Exported %Ln reading to %1.', 'Exported %Ln readings to %1.'],
 '%Ln results. Enter opens the selected one.': ['%Ln result. Enter opens it.',
                                                '%Ln results. Enter opens the selected one.'],
 'Restore %Ln records': ['Restore %Ln record', 'Restore %Ln records']})

TRANSLATIONS.update({
    '%1 of %n': ['%1 of %n', '%1 of %n'],
    '%n matches': ['%n match', '%n matches'],
    '%n unchanged lines': ['%n unchanged line', '%n unchanged lines'],
    'Saved %n actions to %1.': ['Saved %n action to %1.', 'Saved %n actions to %1.'],
    'Saved %n agenda items to %1.': ['Saved %n agenda item to %1.', 'Saved %n agenda items to %1.'],
    'Imported %Ln more readings from %1.': ['Imported %Ln more reading from %1.', 'Imported %Ln more readings from %1.'],
})

TRANSLATIONS.update({
    '%n practices': ['%n practice', '%n practices'],
    '%n plans': ['%n plan', '%n plans'],
    '%n readings': ['%n reading', '%n readings'],
    '%n notes': ['%n note', '%n notes'],
    '%n symposia': ['%n symposium', '%n symposia'],
    '%n working groups': ['%n working group', '%n working groups'],
    '%n goals': ['%n goal', '%n goals'],
    '%n actions': ['%n action', '%n actions'],
    '%n agenda items': ['%n agenda item', '%n agenda items'],
    '%n arrived': ['%n arrived', '%n arrived'],
    '%n updated': ['%n updated', '%n updated'],
    '%n withdrawn': ['%n withdrawn', '%n withdrawn'],
})

# Counts through Qt's plural forms: what a deletion takes along, a bundle's changes on first run.
TRANSLATIONS.update({
    '%Ln goals': ['%Ln goal', '%Ln goals'],
    '%Ln actions': ['%Ln action', '%Ln actions'],
    '%Ln checklist items': ['%Ln checklist item', '%Ln checklist items'],
    '%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.': ['%1 made this bundle of the workspace “%2” on %3. It holds %Ln change.', '%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.'],
})
# Receipts of what a receiver holds of this workspace's publications.
TRANSLATIONS.update({
    '%1 holds %n of your published records; your next publication for it carries only what it lacks.': [
        '%1 holds %n of your published records; your next publication for it carries only what it lacks.',
        '%1 holds %n of your published records; your next publication for it carries only what it lacks.'],
    'For %1: %2 (%n of them sent before, not acknowledged yet).': [
        'For %1: %2 (%n of them sent before, not acknowledged yet).',
        'For %1: %2 (%n of them sent before, not acknowledged yet).'],
})

# An export written as several files (sync/parts.py).
TRANSLATIONS.update({
    'This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.':
        ['This export was larger than one bundle may be, so it was saved as %Ln file, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.',
         'This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.'],
})

# A publication larger than one file may be, written as several (sync/publication.py).
TRANSLATIONS.update({
    'This publication was larger than one file may be, so it was saved as %Ln files, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.': [
        'This publication was larger than one file may be, so it was saved as %Ln file, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.',
        'This publication was larger than one file may be, so it was saved as %Ln files, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.'],
    'This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.': [
        'This export was larger than one bundle may be, so it was saved as %Ln file, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.',
        'This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.'],
})

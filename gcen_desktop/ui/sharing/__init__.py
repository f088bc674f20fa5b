"""The parts of the Sync screen: export, import with preview, report, undo, shared folder, teammates."""

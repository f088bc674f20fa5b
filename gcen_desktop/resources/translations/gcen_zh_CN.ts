<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <source>About GCEN Desktop</source>
            <translation>关于 GCEN Desktop</translation>
        </message>
        <message>
            <source>An offline workspace for city teams of a network of urban school systems: notes, readings, action plans and symposia, shared as bundle files.</source>
            <translation>面向城市教育系统网络中各城市团队的离线工作空间：笔记、阅读材料、行动计划和研讨会，以数据包文件共享。</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Copy versions</source>
            <translation>复制版本信息</translation>
        </message>
        <message>
            <source>Copy versions to the clipboard</source>
            <translation>将版本信息复制到剪贴板</translation>
        </message>
    </context>
    <context>
        <name>ActionDelegate</name>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>问责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <source>Overdue since %s</source>
            <translation>自 %s 起逾期</translation>
        </message>
        <message>
            <source>Edit action %s</source>
            <translation>编辑行动 %s</translation>
        </message>
        <message>
            <source>Move action</source>
            <translation>移动行动</translation>
        </message>
    </context>
    <context>
        <name>ActionTableView</name>
        <message>
            <source>Actions of the goal</source>
            <translation>该目标的行动</translation>
        </message>
    </context>
    <context>
        <name>AddReadingDialog</name>
        <message>
            <source>Add a reading</source>
            <translation>添加阅读材料</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Last, First; Last, First</source>
            <translation>姓, 名; 姓, 名</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>标签，用逗号分隔</translation>
        </message>
        <message>
            <source>You can add the abstract, why it matters and the PDF after adding it.</source>
            <translation>添加后可以再补充摘要、重要意义和 PDF。</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>添加阅读材料</translation>
        </message>
        <message>
            <source>This looks like a reading already in the list (same title, DOI or web address): %s. Add it anyway?</source>
            <translation>列表中似乎已有这份阅读材料（标题、DOI 或网址相同）：%s。仍要添加吗？</translation>
        </message>
        <message>
            <source>The reading needs a title</source>
            <translation>阅读材料需要标题</translation>
        </message>
        <message>
            <source>Type the title, then press Add reading.</source>
            <translation>请输入标题，然后点击“添加阅读材料”。</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>可能重复</translation>
        </message>
        <message>
            <source>Add anyway</source>
            <translation>仍然添加</translation>
        </message>
    </context>
    <context>
        <name>AgendaDelegate</name>
        <message>
            <source>Kind of session</source>
            <translation>环节类型</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation>日程</translation>
        </message>
        <message>
            <source>No sessions yet. Add the site visits, exchanges and expert talks with “Add session”; double-click a cell to change it.</source>
            <translation>还没有环节。用“添加环节”添加实地考察、交流和专家讲座；双击单元格即可修改。</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>添加环节</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>删除环节</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>%1 over %2, %3</source>
            <comment>sessions over days, site visits</comment>
            <translation>%2内%1，%3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sessions</source>
            <translation>
                <numerusform>%Ln 场会议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln site visits</source>
            <translation>
                <numerusform>%Ln 次实地考察</numerusform>
            </translation>
        </message>
        <message>
            <source>New session</source>
            <translation>新环节</translation>
        </message>
        <message>
            <source>Delete sessions</source>
            <translation>删除环节</translation>
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Day</source>
            <translation>天</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Day %d</source>
            <translation>第 %d 天</translation>
        </message>
        <message>
            <source>Edit session %s</source>
            <translation>编辑环节 %s</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>Could not do that</source>
            <translation>无法完成此操作</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <source>The operation did not complete and nothing was changed. If it happens again, send this to the team:

%s</source>
            <translation>操作未完成，没有任何更改。如果再次发生，请把以下内容发给团队：

%s</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>附加文件…</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>附加一个文件</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>打开所选文件</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the selected file from this record</source>
            <translation>从此记录中移除所选文件</translation>
        </message>
        <message>
            <source>The file stays in the workspace; Undo attaches it again.</source>
            <translation>文件仍保留在工作空间中；撤销即可重新附加。</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>已附加的文件</translation>
        </message>
        <message>
            <source>No files yet. Attach a PDF or a document to keep it with this record.</source>
            <translation>还没有文件。附加 PDF 或文档，将其与此记录保存在一起。</translation>
        </message>
        <message>
            <source>Attached %s.</source>
            <translation>已附加 %s。</translation>
        </message>
        <message>
            <source>Attach %s</source>
            <translation>附加 %s</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md);;All files (*)</source>
            <translation>文档 (*.pdf *.docx *.doc *.odt *.txt *.md);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>无法打开文件</translation>
        </message>
        <message>
            <source>No program on this computer opens this kind of file. Install a viewer and try again.</source>
            <translation>这台电脑上没有能打开此类文件的程序。请安装查看器后重试。</translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln files</source>
            <translation>
                <numerusform>移除 %Ln 个文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln files from this record. Undo attaches them again.</source>
            <translation>
                <numerusform>已从此记录移除 %Ln 个文件。撤销可重新附加。</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove %s</source>
            <translation>移除 %s</translation>
        </message>
        <message>
            <source>Removed %s from this record. Undo attaches it again.</source>
            <translation>已从此记录中移除 %s。撤销即可重新附加。</translation>
        </message>
        <message>
            <source>Remove from this record</source>
            <translation>从此记录中移除</translation>
        </message>
    </context>
    <context>
        <name>BoardColumnModel</name>
        <message>
            <source>due %s</source>
            <translation>截止 %s</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s，%s</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>标记为 %s</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Tick %s</source>
            <translation>勾选 %s</translation>
        </message>
        <message>
            <source>Untick %s</source>
            <translation>取消勾选 %s</translation>
        </message>
        <message>
            <source>Rename checklist item</source>
            <translation>重命名清单项</translation>
        </message>
        <message>
            <source>Move checklist item</source>
            <translation>移动清单项</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Checklist progress</source>
            <translation>清单进度</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>准备清单</translation>
        </message>
        <message>
            <source>Add an item, e.g. “Book flights”, and press Enter</source>
            <translation>添加一项，例如“预订航班”，然后按回车</translation>
        </message>
        <message>
            <source>New checklist item</source>
            <translation>新清单项</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete checklist item</source>
            <translation>删除清单项</translation>
        </message>
        <message>
            <source>Space ticks an item; Ctrl+Up / Ctrl+Down moves it; F2 renames it.</source>
            <translation>空格键勾选一项；Ctrl+上 / Ctrl+下 移动它；F2 重命名。</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln done</source>
            <translation>
                <numerusform>已完成 %1/%Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to prepare yet</source>
            <translation>暂无需要准备的事项</translation>
        </message>
        <message>
            <source>Add checklist item</source>
            <translation>添加清单项</translation>
        </message>
        <message>
            <source>Delete checklist items</source>
            <translation>删除清单项</translation>
        </message>
    </context>
    <context>
        <name>ConflictDetail</name>
        <message>
            <source>Choose a record on the left to see what differs and settle it.</source>
            <translation>在左侧选择一条记录，查看差异并作出处理。</translation>
        </message>
        <message>
            <source>Open %s</source>
            <translation>打开 %s</translation>
        </message>
        <message>
            <source>Deleted on one side, edited on the other</source>
            <translation>一方已删除，另一方已编辑</translation>
        </message>
        <message>
            <source>%s deleted this %s, but it was edited after they last saw it. Keep it with the edits, or delete it again.</source>
            <translation>%s 删除了这条%s，但在其最后一次查看之后它又被编辑过。保留它及其编辑，或再次删除。</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>一位队友</translation>
        </message>
        <message>
            <source>This %s was deleted, but a teammate added to it or changed something under it at the same time, so it is still here. Keep it, or delete it again with everything under it.</source>
            <translation>这条%s已被删除，但同时有队友在其下添加或修改了内容，所以它仍然在这里。保留它，或连同其下所有内容再次删除。</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>保留该记录</translation>
        </message>
        <message>
            <source>Delete it again</source>
            <translation>再次删除</translation>
        </message>
        <message>
            <source>Delete the record again</source>
            <translation>再次删除该记录</translation>
        </message>
        <message>
            <source>Settle %s</source>
            <translation>处理 %s</translation>
        </message>
        <message>
            <source>Keep %s</source>
            <translation>保留 %s</translation>
        </message>
        <message>
            <source>Delete %s again</source>
            <translation>再次删除 %s</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <source>deleted by a teammate while edited here</source>
            <translation>在此处编辑时被队友删除</translation>
        </message>
        <message>
            <source>deleted, but a teammate added to it</source>
            <translation>已删除，但队友在其下添加了内容</translation>
        </message>
        <message>
            <source>different values: %s</source>
            <translation>值不同：%s</translation>
        </message>
        <message>
            <source>auto-merged: %s</source>
            <translation>已自动合并：%s</translation>
        </message>
    </context>
    <context>
        <name>ConflictsSection</name>
        <message>
            <source>Conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>Records with conflicts</source>
            <translation>有冲突的记录</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>没有冲突。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln to settle. Pick the version to keep, write a merged value, or decide about deleted records.</source>
            <translation>
                <numerusform>%Ln 项待处理。请选择要保留的版本、写入合并后的值，或决定如何处理已删除的记录。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to settle. When teammates change the same thing in different ways, or one deletes what another edited, it shows up here.</source>
            <translation>没有需要处理的事项。当队友以不同方式修改同一内容，或一人删除了另一人编辑过的内容时，会显示在这里。</translation>
        </message>
        <message>
            <source>Nothing needs a decision; auto-merged text can be checked and accepted.</source>
            <translation>没有需要决定的事项；自动合并的文本可以检查后接受。</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>No date (e.g. %s or %s)</source>
            <translation>无日期（例如 %s 或 %s）</translation>
        </message>
        <message>
            <source>Pick a date in a calendar</source>
            <translation>在日历中选择日期</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>清除日期</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today %s</source>
            <translation>今天 %s</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>昨天</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>Save as</source>
            <translation>另存为</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>正在写入 %s…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>已保存 %s</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出；没有写入任何文件。</translation>
        </message>
        <message>
            <source>Actions: %1…</source>
            <translation>行动：%1…</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Share your changes</source>
            <translation>共享你的更改</translation>
        </message>
        <message>
            <source>For one teammate:</source>
            <translation>给一位队友：</translation>
        </message>
        <message>
            <source>Teammate</source>
            <translation>队友</translation>
        </message>
        <message>
            <source>For the team</source>
            <translation>给团队</translation>
        </message>
        <message>
            <source>Everything some teammate may not have yet.</source>
            <translation>任何队友可能还没有的所有内容。</translation>
        </message>
        <message>
            <source>Everything (a new teammate, a backup)</source>
            <translation>全部内容（新队友、备份）</translation>
        </message>
        <message>
            <source>The whole workspace, for a teammate who is joining or as a backup.</source>
            <translation>整个工作空间，给新加入的队友或用作备份。</translation>
        </message>
        <message>
            <source>Sign it, so they know it is yours</source>
            <translation>签名，让他们知道这来自你</translation>
        </message>
        <message>
            <source>Encrypt for teammates you trust</source>
            <translation>为你信任的队友加密</translation>
        </message>
        <message>
            <source>Only teammates whose keys you trusted can open it.</source>
            <translation>只有你信任其密钥的队友才能打开。</translation>
        </message>
        <message>
            <source>Add a passphrase</source>
            <translation>添加口令</translation>
        </message>
        <message>
            <source>Tell the passphrase by phone, not in the e-mail that carries the bundle.</source>
            <translation>请通过电话告知口令，不要写在附带数据包的电子邮件里。</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>导出数据包…</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>导出数据包</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not shared with anyone yet.</source>
            <translation>
                <numerusform>还有 %Ln 项更改尚未与任何人共享。</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything you changed has been shared.</source>
            <translation>你的所有更改都已共享。</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <source>Passphrase for this bundle (at least 8 characters):</source>
            <translation>此数据包的口令（至少 8 个字符）：</translation>
        </message>
        <message>
            <source>Passphrase too short</source>
            <translation>口令太短</translation>
        </message>
        <message>
            <source>Use a passphrase of at least 8 characters, e.g. three unrelated words.</source>
            <translation>请使用至少 8 个字符的口令，例如三个互不相关的词。</translation>
        </message>
        <message>
            <source>Type the passphrase again:</source>
            <translation>请再次输入口令：</translation>
        </message>
        <message>
            <source>Passphrases differ</source>
            <translation>口令不一致</translation>
        </message>
        <message>
            <source>The two passphrases differ; export again and type the same passphrase twice.</source>
            <translation>两次输入的口令不一致；请重新导出，并两次输入相同的口令。</translation>
        </message>
        <message>
            <source>Save bundle as</source>
            <translation>数据包另存为</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>GCEN 数据包 (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>正在写入 %s…</translation>
        </message>
        <message numerus="yes">
            <source>This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>此次导出超过了单个数据包的大小上限，因此保存为 %Ln 个文件，从 %1 到 %2（共 %3）：请全部发送；队友逐个导入，新队友用第一个文件加入。写入后已检查：可以安全拔出 U 盘。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%2, %Ln changes). It was checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>已保存 %1（%2，%Ln 项更改）。写入后已检查：可以安全拔出 U 盘。</numerusform>
            </translation>
        </message>
        <message>
            <source>This bundle is %s, too large for most e-mail; export for one teammate instead, or share it on a USB stick or in a shared folder.</source>
            <translation>此数据包大小为 %s，超出大多数电子邮件的限制；请改为只为一位队友导出，或通过 U 盘或共享文件夹分享。</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %s; edit that field (or delete the record) and export again.</source>
            <translation>一个任何数据包都无法携带的版本（由旧版 GCEN Desktop 写入）留在了本地，其余内容已发送：%s；请编辑该字段（或删除该记录）后重新导出。</translation>
        </message>
        <message>
            <source>Bundle saved: %s</source>
            <translation>数据包已保存：%s</translation>
        </message>
        <message>
            <source>%s '%s': '%s' is too large</source>
            <translation>%s '%s'：'%s' 太大</translation>
        </message>
        <message>
            <source>%s '%s': '%s' holds a NUL character</source>
            <translation>%s '%s'：'%s' 包含 NUL 字符</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出；没有写入任何文件。</translation>
        </message>
    </context>
    <context>
        <name>FieldConflictBox</name>
        <message>
            <source>Merged automatically: the edits touched different lines. Check it, then accept it.</source>
            <translation>已自动合并：两处编辑改动的是不同的行。请检查后接受。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln different versions. Pick one, or write the value to keep.</source>
            <translation>
                <numerusform>%Ln 个不同版本。请选择一个，或写入要保留的值。</numerusform>
            </translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s，%s</translation>
        </message>
        <message>
            <source>Version by %s</source>
            <translation>%s 的版本</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>保留此版本</translation>
        </message>
        <message>
            <source>Keep the version by %s</source>
            <translation>保留 %s 的版本</translation>
        </message>
        <message>
            <source>Auto-merged text</source>
            <translation>自动合并的文本</translation>
        </message>
        <message>
            <source>Or write the value to keep</source>
            <translation>或写出要保留的值</translation>
        </message>
        <message>
            <source>Merged value of %s</source>
            <translation>%s 的合并值</translation>
        </message>
        <message>
            <source>Accept the merge</source>
            <translation>接受合并结果</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>使用此值</translation>
        </message>
        <message>
            <source>What differs: lines marked − are only in the version by %s; lines marked + are only in the version by %s.</source>
            <translation>差异：标有 − 的行只在 %s 的版本中；标有 + 的行只在 %s 的版本中。</translation>
        </message>
        <message>
            <source>Differences between the version by %s and the version by %s</source>
            <translation>%s 的版本与 %s 的版本之间的差异</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in note</source>
            <translation>在笔记中查找</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>匹配项</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>上一个</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>上一个匹配项（Shift+Enter）</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>下一个匹配项（Enter）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close the find bar (Escape)</source>
            <translation>关闭查找栏（Esc）</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>没有匹配项</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n</source>
            <translation>
                <numerusform>第 %1 个，共 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matches</source>
            <translation>
                <numerusform>%n 个匹配项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunWindow</name>
        <message>
            <source>Welcome to GCEN Desktop</source>
            <translation>欢迎使用 GCEN Desktop</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <source>Your team's notes, readings, action plans and symposia, on this computer. Nothing needs a server: you share with teammates through bundle files.</source>
            <translation>你的团队的笔记、阅读材料、行动计划和研讨会，都保存在这台电脑上。无需服务器：通过数据包文件与队友共享。</translation>
        </message>
        <message>
            <source>Create your team's workspace</source>
            <translation>创建团队工作空间</translation>
        </message>
        <message>
            <source>Create another workspace</source>
            <translation>创建另一个工作区</translation>
        </message>
        <message>
            <source>e.g. Boston Public Schools — GCEN team</source>
            <translation>例如 Boston Public Schools — GCEN 团队</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>团队名称</translation>
        </message>
        <message>
            <source>e.g. Boston</source>
            <translation>例如 Boston</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>你的全名</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>你的姓名</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>你的角色</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>更改…</translation>
        </message>
        <message>
            <source>Change the workspace folder</source>
            <translation>更改工作空间文件夹</translation>
        </message>
        <message>
            <source>Stored in</source>
            <translation>保存位置</translation>
        </message>
        <message>
            <source>Create workspace</source>
            <translation>创建工作空间</translation>
        </message>
        <message>
            <source>Explore the sample team</source>
            <translation>浏览示例团队</translation>
        </message>
        <message>
            <source>A fictional Boston team with notes, readings, a plan and a symposium.</source>
            <translation>一个虚构的波士顿团队，包含笔记、阅读材料、一份计划和一场研讨会。</translation>
        </message>
        <message>
            <source>Import a bundle from a teammate…</source>
            <translation>导入队友发来的数据包…</translation>
        </message>
        <message>
            <source>Fill in your name and role above, then choose the full .gcen bundle a teammate exported for you: you join their workspace.</source>
            <translation>请先在上方填写你的姓名和角色，然后选择队友为你导出的完整 .gcen 数据包：你将加入他们的工作区。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel joining</source>
            <translation>取消加入</translation>
        </message>
        <message>
            <source>Where to keep the workspace</source>
            <translation>工作空间的保存位置</translation>
        </message>
        <message>
            <source>A few details are missing</source>
            <translation>缺少一些信息</translation>
        </message>
        <message>
            <source>Enter your team's name and your own name, then try again.</source>
            <translation>请输入团队名称和你自己的姓名，然后重试。</translation>
        </message>
        <message>
            <source>Enter your own name, then choose the bundle again.</source>
            <translation>请输入你的姓名，然后重新选择数据包。</translation>
        </message>
        <message>
            <source>Choose the bundle a teammate sent you</source>
            <translation>选择队友发给你的数据包</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>GCEN 数据包 (*.gcen);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Enter your name and role, then press “%1” to join with %2.</source>
            <translation>请输入您的姓名和角色，然后点击“%1”，用 %2 加入。</translation>
        </message>
        <message>
            <source>Could not join the workspace</source>
            <translation>无法加入工作区</translation>
        </message>
        <message>
            <source>Reading %s…</source>
            <translation>正在读取 %s…</translation>
        </message>
        <message>
            <source>Joining cancelled; nothing was changed.</source>
            <translation>已取消加入；没有任何更改。</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <source>Join the team's workspace</source>
            <translation>加入团队的工作区</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>加入</translation>
        </message>
        <message>
            <source>Joining “%s”…</source>
            <translation>正在加入“%s”…</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>一位队友</translation>
        </message>
        <message numerus="yes">
            <source>%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.</source>
            <translation>
                <numerusform>%1 于 %3 制作了工作区“%2”的这个数据包，其中包含 %Ln 项更改。</numerusform>
            </translation>
        </message>
        <message>
            <source>It is signed with the key %1. Check with %2 that this is their key (read it to each other on the phone), then join.</source>
            <translation>它使用密钥 %1 签名。请与 %2 核实这是他们的密钥（可在电话中互相念一遍），然后再加入。</translation>
        </message>
        <message>
            <source>It is not signed, so nobody can check who made it: join only if you know where it came from.</source>
            <translation>它没有签名，因此无法确认是谁制作的：只有在你知道其来源时才加入。</translation>
        </message>
        <message>
            <source>It holds only recent changes, not the whole workspace: ask for a full bundle if records are missing after joining.</source>
            <translation>它只包含最近的更改，而不是整个工作区：如果加入后发现缺少记录，请索要完整数据包。</translation>
        </message>
        <message>
            <source>Its name says it is file %1 of %2 of one export, too large for one file: after joining, import the other files of it too.</source>
            <translation>文件名表明它是同一次导出的第 %1 个文件（共 %2 个），该导出太大，无法放进一个文件：加入后，请把这次导出的其他文件也导入。</translation>
        </message>
        <message>
            <source>Joining… %1%</source>
            <translation>正在加入… %1%</translation>
        </message>
        <message>
            <source>Could not create the workspace</source>
            <translation>无法创建工作空间</translation>
        </message>
        <message>
            <source>Setting up the workspace…</source>
            <translation>正在设置工作空间…</translation>
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%Ln 项行动中已完成 %1 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%2, %1 of %Ln actions done</source>
            <translation>
                <numerusform>%2，%Ln 项行动中已完成 %1 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to goal %s</source>
            <translation>移到目标 %s</translation>
        </message>
        <message>
            <source>%d/%d done</source>
            <translation>已完成 %d/%d</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>Goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Drop actions on a goal to move them there; Ctrl+Up / Ctrl+Down reorders the goals.</source>
            <translation>把行动拖到某个目标上即可移过去；Ctrl+上 / Ctrl+下 调整目标顺序。</translation>
        </message>
        <message>
            <source>No goals yet. Add one with “New goal”: say what should change, and how you will know.</source>
            <translation>还没有目标。用“新目标”添加一个：说明要改变什么，以及如何判断已经改变。</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>新目标</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>删除目标</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>No actions for this goal yet. Add the first with “New action”; drag rows or press Ctrl+Up / Ctrl+Down to reorder.</source>
            <translation>此目标还没有行动。用“新行动”添加第一项；拖动行或按 Ctrl+上 / Ctrl+下 调整顺序。</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>新行动</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>删除行动</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move the action up (Ctrl+Up)</source>
            <translation>上移行动 (Ctrl+上)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move the action down (Ctrl+Down)</source>
            <translation>下移行动 (Ctrl+下)</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>Delete goal %s</source>
            <translation>删除目标 %s</translation>
        </message>
        <message>
            <source>Move goal</source>
            <translation>移动目标</translation>
        </message>
    </context>
    <context>
        <name>GroupsSection</name>
        <message>
            <source>Working group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>新工作组</translation>
        </message>
        <message>
            <source>Filter groups by name</source>
            <translation>按名称筛选工作组</translation>
        </message>
        <message>
            <source>No working groups yet. A group gathers people from several cities around one problem of practice: “New group”.</source>
            <translation>还没有工作组。工作组把来自多个城市的人员围绕一个实践问题聚在一起：“新工作组”。</translation>
        </message>
        <message>
            <source>No group matches the filter. Clear it to see them all.</source>
            <translation>没有符合筛选条件的工作组。清除筛选即可查看全部。</translation>
        </message>
        <message>
            <source>Delete this working group</source>
            <translation>删除此工作组</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>No members yet. Add the people from each city who take part.</source>
            <translation>还没有成员。添加各城市参与其中的人员。</translation>
        </message>
        <message>
            <source>Add members</source>
            <translation>添加成员</translation>
        </message>
        <message>
            <source>Linked readings and notes</source>
            <translation>关联的阅读材料和笔记</translation>
        </message>
        <message>
            <source>Link the case studies, papers and notes the group works from.</source>
            <translation>关联该工作组所依据的案例研究、文章和笔记。</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>关联阅读材料和笔记</translation>
        </message>
        <message>
            <source>Filed under this group</source>
            <translation>归入此工作组</translation>
        </message>
        <message>
            <source>Readings, notes and plans whose working group is this one appear here.</source>
            <translation>工作组为此工作组的阅读材料、笔记和计划会显示在这里。</translation>
        </message>
        <message>
            <source>No working group open</source>
            <translation>未打开工作组</translation>
        </message>
        <message>
            <source>A working group brings people from several cities together around one problem of practice, with the readings and notes they work from.</source>
            <translation>工作组把来自多个城市的人员围绕一个实践问题聚在一起，并附上他们所依据的阅读材料和笔记。</translation>
        </message>
        <message>
            <source>Choose a working group on the left, or start one with “New group”.</source>
            <translation>在左侧选择一个工作组，或用“新工作组”创建一个。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln members · %1</source>
            <translation>
                <numerusform>%Ln 名成员 · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>New working group</source>
            <translation>新工作组</translation>
        </message>
        <message>
            <source>Delete working group %s</source>
            <translation>删除工作组 %s</translation>
        </message>
    </context>
    <context>
        <name>HomeSection</name>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>%Ln 天后</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparation: %1 of %Ln checklist items done</source>
            <translation>
                <numerusform>准备：%Ln 项清单事项中已完成 %1 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions due</source>
            <translation>待办行动</translation>
        </message>
        <message>
            <source>Nothing overdue or due this week. Well done.</source>
            <translation>没有逾期或本周到期的事项。做得好。</translation>
        </message>
        <message>
            <source>Overdue actions and actions due this week</source>
            <translation>逾期行动和本周到期的行动</translation>
        </message>
        <message>
            <source>Readings assigned to you</source>
            <translation>分配给你的阅读材料</translation>
        </message>
        <message>
            <source>No readings are waiting for you. Teammates can assign readings to you under Readings.</source>
            <translation>没有等待你阅读的材料。队友可以在“阅读材料”中给你分配阅读任务。</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>最近更改</translation>
        </message>
        <message>
            <source>No changes yet. Write a note or add a reading to get started.</source>
            <translation>还没有更改。写一条笔记或添加一份阅读材料开始吧。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days overdue</source>
            <translation>
                <numerusform>逾期 %Ln 天</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>due %s</source>
            <translation>截止 %s</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>一位队友</translation>
        </message>
        <message>
            <source>from %s (imported)</source>
            <translation>来自 %s（已导入）</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Next symposium</source>
            <translation>下一场研讨会</translation>
        </message>
        <message>
            <source>Preparation checklist progress</source>
            <translation>准备清单进度</translation>
        </message>
        <message>
            <source>Open symposium</source>
            <translation>打开研讨会</translation>
        </message>
        <message>
            <source>No symposium is coming up. Add one under Symposia to see its countdown here.</source>
            <translation>近期没有研讨会。在“研讨会”中添加一场，即可在这里看到倒计时。</translation>
        </message>
        <message>
            <source>Date to be set</source>
            <translation>日期待定</translation>
        </message>
        <message>
            <source>No preparation checklist yet.</source>
            <translation>还没有准备清单。</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>明天</translation>
        </message>
        <message>
            <source>happening now</source>
            <translation>正在进行</translation>
        </message>
    </context>
    <context>
        <name>IdentityPanel</name>
        <message>
            <source>This workspace on the network</source>
            <translation>本工作区在网络中的身份</translation>
        </message>
        <message>
            <source>What the network hub's operator needs to enroll your city, and what other cities compare before they trust your publications.</source>
            <translation>网络中心的管理员登记贵市时需要这些信息；其他城市信任您的发布之前也会核对这些信息。</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy this workspace's identity</source>
            <translation>复制本工作区的身份信息</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Workspace id</source>
            <translation>工作区标识</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>本副本标识</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>签名密钥</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <source>This workspace's identity is on the clipboard.</source>
            <translation>本工作区的身份信息已复制到剪贴板。</translation>
        </message>
    </context>
    <context>
        <name>ImportCountsModel</name>
        <message>
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>已更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>有冲突</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Links, tags and statuses</source>
            <translation>链接、标签和状态</translation>
        </message>
        <message>
            <source>Kept for a newer version</source>
            <translation>为较新版本保留</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Checking %s…</source>
            <translation>正在检查 %s…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>已取消导入；没有任何更改。</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>口令</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>另一个团队</translation>
        </message>
        <message>
            <source>This bundle comes from the workspace of another team (%1), so it cannot be imported as changes of yours.

Copy its practices, plans, readings and notes into your workspace? Their people are not copied, and “Undo last import” removes the copies again.</source>
            <translation>此数据包来自另一个团队的工作区（%1），不能作为您自己的更改导入。

要把其中的实践、计划、阅读材料和笔记复制到您的工作区吗？其成员不会被复制；“撤销上次导入”可再次删除这些副本。</translation>
        </message>
        <message>
            <source>Import as copies</source>
            <translation>以副本导入</translation>
        </message>
        <message>
            <source>Copy records</source>
            <translation>复制记录</translation>
        </message>
        <message>
            <source>Copying records from %s…</source>
            <translation>正在从 %s 复制记录…</translation>
        </message>
        <message>
            <source>Importing %s…</source>
            <translation>正在导入 %s…</translation>
        </message>
        <message>
            <source>Imported %s.</source>
            <translation>已导入 %s。</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <source>Bring in a teammate's changes</source>
            <translation>导入队友的更改</translation>
        </message>
        <message>
            <source>Choose the .gcen file they sent you, or drop it on the window. You see what it changes before anything is written.</source>
            <translation>选择对方发给你的 .gcen 文件，或把它拖到窗口上。在写入任何内容之前，你会先看到它将带来的更改。</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>导入数据包…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>撤销上次导入</translation>
        </message>
        <message>
            <source>Undo the last import</source>
            <translation>撤销上次导入</translation>
        </message>
        <message>
            <source>What the last import changed</source>
            <translation>上次导入带来的更改</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>一位队友</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>另一个团队</translation>
        </message>
        <message numerus="yes">
            <source>Last import: %Ln records copied from %1.</source>
            <translation>
                <numerusform>上次导入：从 %1 复制了 %Ln 条记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last import, from %1: %Ln records brought in.</source>
            <translation>
                <numerusform>上次导入（来自 %1）：带入了 %Ln 条记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln need a decision in Conflicts.</source>
            <translation>
                <numerusform>%Ln 项需要在“冲突”中决定。</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import, from %s: already imported on %s, nothing changed.</source>
            <translation>上次导入，来自 %s：已于 %s 导入过，没有更改。</translation>
        </message>
        <message>
            <source>Its conflicts are settled.</source>
            <translation>其冲突已解决。</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import %s</source>
            <translation>导入 %s</translation>
        </message>
        <message>
            <source>Bundle from %s</source>
            <translation>来自 %s 的数据包</translation>
        </message>
        <message>
            <source>an unknown teammate</source>
            <translation>一位未知的队友</translation>
        </message>
        <message>
            <source>everything they hold</source>
            <translation>对方拥有的全部内容</translation>
        </message>
        <message>
            <source>their changes since the last exchange</source>
            <translation>对方自上次交换以来的更改</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>创建于</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>工作空间</translation>
        </message>
        <message>
            <source>Contains</source>
            <translation>包含</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>未签名</translation>
        </message>
        <message>
            <source>Sender's key</source>
            <translation>发送者的密钥</translation>
        </message>
        <message>
            <source>What the bundle changes</source>
            <translation>数据包带来的更改</translation>
        </message>
        <message>
            <source>This bundle was already imported on %s. Importing it again changes nothing.</source>
            <translation>此数据包已于 %s 导入过。再次导入不会有任何更改。</translation>
        </message>
        <message>
            <source>Nothing new: you already have everything in this bundle.</source>
            <translation>没有新内容：此数据包中的一切你都已拥有。</translation>
        </message>
        <message numerus="yes">
            <source>%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.</source>
            <translation>
                <numerusform>新增 %1，更新 %2，删除 %3；%Ln 项需要在“冲突”中决定。</numerusform>
            </translation>
        </message>
        <message>
            <source>No key you trust signed this bundle. Importing it once brings in what is new from teammates this workspace does not know yet; what it says about the teammates you know is left out, and nothing else in it is remembered.</source>
            <translation>此数据包没有由您信任的密钥签名。仅导入一次会带入此工作区尚不认识的队友的新内容；其中关于您已认识的队友的内容会被略去，其他内容也都不会被记住。</translation>
        </message>
        <message>
            <source>I checked this key with %s (e.g. by phone): trust it for their future bundles</source>
            <translation>我已与 %s 核对过此密钥（例如通过电话）：信任其今后的数据包</translation>
        </message>
        <message>
            <source>the sender</source>
            <translation>发送者</translation>
        </message>
        <message>
            <source>Trust the sender's key</source>
            <translation>信任发送者的密钥</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Trust the key and import</source>
            <translation>信任密钥并导入</translation>
        </message>
        <message>
            <source>Import once without trusting</source>
            <translation>仅导入一次，不信任</translation>
        </message>
    </context>
    <context>
        <name>ImportWarnings</name>
        <message>
            <source>Everything in this bundle is already here; importing it changes nothing.</source>
            <translation>此数据包中的所有内容这里都已有；导入它不会改变任何内容。</translation>
        </message>
        <message>
            <source>This bundle holds changes this workspace copy made before it was restored from a backup; they were imported, and this copy numbers its next changes after them so that teammates keep accepting its changes.</source>
            <translation>此数据包包含此工作区副本在从备份恢复之前所做的更改；这些更改已导入，此副本之后的更改编号排在它们之后，以便队友继续接受它的更改。</translation>
        </message>
        <message>
            <source>%s of %s</source>
            <translation>%s 条（%s）</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); trust the key of this bundle, or ask those teammates for a bundle of their own.</source>
            <translation>此数据包没有由您信任的密钥签名，因此它以此处已知队友的名义携带的更改已被略去（%s）；请信任此数据包的密钥，或请这些队友发送他们自己的数据包。</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); ask those teammates for a bundle of their own.</source>
            <translation>此数据包没有由您信任的密钥签名，因此它以此处已知队友的名义携带的更改已被略去（%s）；请这些队友发送他们自己的数据包。</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions, the second in a bundle from %2 (%1's store or %2's wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>%1 的一项更改以两个不同版本到达这里，第二个版本来自 %2 的同步包（另一个版本由 %1 或 %2 的工作区写入）；所有工作区保留同一个版本，另一个作为证据保存。</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions (%1's store, or a teammate who passed it on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>%1 的一项更改以两个不同版本到达这里（另一个版本由 %1 的工作区或转交它的队友写入）；所有工作区保留同一个版本，另一个作为证据保存。</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>一位队友</translation>
        </message>
        <message>
            <source>This bundle is not signed, so it cannot be checked that %s made it; import it only if you know where it came from.</source>
            <translation>此数据包未签名，因此无法确认它由 %s 制作；只有在你知道其来源时才导入。</translation>
        </message>
        <message>
            <source>no name given</source>
            <translation>未提供姓名</translation>
        </message>
        <message>
            <source>This is the first bundle signed by the key %s (%s); check the fingerprint with that teammate before trusting it.</source>
            <translation>这是由密钥 %s（%s）签名的第一个数据包；在信任它之前，请与该队友核对指纹。</translation>
        </message>
        <message>
            <source>The sender's clock is %s hours ahead of this computer's; ask them to check their date and time (the order of edits does not depend on it).</source>
            <translation>发送者的时钟比这台电脑快 %s 小时；请他们检查日期和时间（编辑的顺序不受其影响）。</translation>
        </message>
        <message numerus="yes">
            <source>This bundle deletes %Ln records; look at the preview before importing.</source>
            <translation>
                <numerusform>此数据包会删除 %Ln 条记录；导入前请查看预览。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records were not copied because what they belong to is not in the bundle.</source>
            <translation>
                <numerusform>%Ln 条记录未复制，因为其所属内容不在数据包中。</numerusform>
            </translation>
        </message>
        <message>
            <source>store %s</source>
            <translation>副本 %s</translation>
        </message>
        <message>
            <source>%s from %s</source>
            <translation>%s 条来自 %s</translation>
        </message>
        <message>
            <source>This bundle assumes changes this store does not have (%s); what it holds was applied, and a full bundle from the sender will fill the gap.</source>
            <translation>此数据包假定了本工作空间副本没有的更改（%s）；其内容已应用，发送者的完整数据包将补齐缺口。</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布日期</translation>
        </message>
    </context>
    <context>
        <name>LineDiffView</name>
        <message numerus="yes">
            <source>%n unchanged lines</source>
            <translation>
                <numerusform>%n 行未更改</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinkedRecordsPanel</name>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Add to %s</source>
            <translation>添加到 %s</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove from %s</source>
            <translation>从 %s 移除</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln links</source>
            <translation>
                <numerusform>添加 %Ln 个链接</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln links</source>
            <translation>
                <numerusform>移除 %Ln 个链接</numerusform>
            </translation>
        </message>
        <message>
            <source>Link %s</source>
            <translation>关联 %s</translation>
        </message>
        <message>
            <source>Unlink %s</source>
            <translation>取消关联 %s</translation>
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
            <translation>正在打开工作空间…</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>%s (sample)</source>
            <translation>%s（示例）</translation>
        </message>
        <message>
            <source>Saved. Everything you type is also saved as you go.</source>
            <translation>已保存。您输入的所有内容也会随时自动保存。</translation>
        </message>
        <message>
            <source>Nothing to print here: open an action plan, a symposium or a note, then press %s again.</source>
            <translation>这里没有可打印的内容：请打开一个行动计划、研讨会或笔记，然后再按 %s。</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>GCEN 数据包 (*.gcen);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Cannot import yet</source>
            <translation>暂时无法导入</translation>
        </message>
        <message>
            <source>This version cannot import bundles. Ask your team for the latest GCEN Desktop.</source>
            <translation>此版本无法导入数据包。请向团队索取最新版 GCEN Desktop。</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About GCEN Desktop</source>
            <translation>关于 GCEN Desktop(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Save now</source>
            <translation>立即保存(&amp;S)</translation>
        </message>
        <message>
            <source>Print or e&amp;xport…</source>
            <translation>打印或导出(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>导入数据包(&amp;I)…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>搜索(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>New &amp;workspace…</source>
            <translation>新建工作区(&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Open a workspace…</source>
            <translation>打开工作区(&amp;O)…</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>No recent workspaces</source>
            <translation>没有最近的工作区</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>并排</translation>
        </message>
        <message>
            <source>Show only the Markdown text</source>
            <translation>只显示 Markdown 文本</translation>
        </message>
        <message>
            <source>Show the text and its preview side by side</source>
            <translation>并排显示文本及其预览</translation>
        </message>
        <message>
            <source>Show only the preview</source>
            <translation>只显示预览</translation>
        </message>
        <message>
            <source>Note text (Markdown)</source>
            <translation>笔记正文（Markdown）</translation>
        </message>
        <message>
            <source>Write here. Markdown works: # heading, **bold**, - lists, &gt; quotes.</source>
            <translation>在此书写。支持 Markdown：# 标题、**粗体**、- 列表、&gt; 引用。</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
    </context>
    <context>
        <name>NetworkSection</name>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>What other cities publish, kept here read-only. Adapt a practice in a plan of your own.</source>
            <translation>其他城市发布的内容，在此只读保存。可将某项实践借鉴到您自己的计划中。</translation>
        </message>
        <message>
            <source>Import publication…</source>
            <translation>导入发布…</translation>
        </message>
        <message>
            <source>Import another city's publication</source>
            <translation>导入其他城市的发布</translation>
        </message>
        <message>
            <source>The network library is empty. When another city sends you its publication, or the network hub its digest, bring it in with “Import publication…”: its practices, plans and readings appear here, with their city and date.</source>
            <translation>网络资料库是空的。其他城市发来其发布文件、或网络中心发来摘要时，用“导入发布…”导入：其中的实践、计划和阅读材料会显示在这里，并注明城市和日期。</translation>
        </message>
        <message>
            <source>Search the network library</source>
            <translation>搜索网络资料库</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>Working-group topic</source>
            <translation>工作组主题</translation>
        </message>
        <message>
            <source>No publication matches. Clear the search or the filters to see them all.</source>
            <translation>没有符合条件的发布。清除搜索或筛选条件即可查看全部。</translation>
        </message>
        <message>
            <source>Publications of other cities</source>
            <translation>其他城市的发布</translation>
        </message>
        <message>
            <source>Adapt in a new plan</source>
            <translation>借鉴到新计划</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan of your team</source>
            <translation>将这项实践借鉴到您团队的新计划中</translation>
        </message>
        <message>
            <source>Write a receipt…</source>
            <translation>写回执…</translation>
        </message>
        <message>
            <source>Write a receipt for the city of this publication</source>
            <translation>为此发布所属城市写回执</translation>
        </message>
        <message>
            <source>The publication's text</source>
            <translation>发布的正文</translation>
        </message>
        <message>
            <source>Your plans adapted from it:</source>
            <translation>借鉴它的本团队计划：</translation>
        </message>
        <message>
            <source>Open the plan %s</source>
            <translation>打开计划 %s</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>所有城市</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>所有工作组</translation>
        </message>
        <message>
            <source>All working-group topics</source>
            <translation>所有工作组主题</translation>
        </message>
        <message>
            <source>No publication chosen</source>
            <translation>未选择发布</translation>
        </message>
        <message>
            <source>A file for %1's team saying what your network library holds of their publications: once they import it, their next publication for you carries only what you lack.</source>
            <translation>给%1团队的文件，说明您的网络资料库已有其哪些发布：对方导入后，下次发给您的发布只包含您缺少的内容。</translation>
        </message>
        <message>
            <source>published %s</source>
            <translation>发布于 %s</translation>
        </message>
        <message>
            <source>New plan adapting %s.</source>
            <translation>已新建借鉴“%s”的计划。</translation>
        </message>
        <message>
            <source>Adapt %s in a new plan</source>
            <translation>将“%s”借鉴到新计划</translation>
        </message>
        <message>
            <source>Save a receipt for %s</source>
            <translation>保存给 %s 的回执</translation>
        </message>
        <message>
            <source>Saved the receipt for %1 to %2: send it to %1's team.</source>
            <translation>给%1的回执已保存到 %2：请发送给%1团队。</translation>
        </message>
        <message>
            <source>Import a publication</source>
            <translation>导入发布</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>GCEN 发布文件 (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>已有一个导入正在进行；请等待其完成。</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <source>New action plan</source>
            <translation>新建行动计划</translation>
        </message>
        <message>
            <source>e.g. Grow and keep a high-quality teaching force</source>
            <translation>例如 培养并留住高素质教师队伍</translation>
        </message>
        <message>
            <source>Plan title</source>
            <translation>计划标题</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>起点</translation>
        </message>
        <message>
            <source>A blank plan</source>
            <translation>空白计划</translation>
        </message>
        <message>
            <source>Cycle of inquiry</source>
            <translation>探究循环</translation>
        </message>
        <message>
            <source>Innovation at scale</source>
            <translation>规模化创新</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Create plan</source>
            <translation>创建计划</translation>
        </message>
        <message>
            <source>Start with an empty plan and add goals and actions yourself.</source>
            <translation>从空白计划开始，自行添加目标和行动。</translation>
        </message>
        <message>
            <source>Inquiry → discussion → planning → action → review</source>
            <translation>探究 → 讨论 → 规划 → 行动 → 回顾</translation>
        </message>
        <message>
            <source>Five goals, one per stage of the cycle, each with three actions to adapt. Goal due dates are spread over the plan's dates.</source>
            <translation>五个目标，循环的每个阶段一个，各含三项可调整的行动。目标截止日期分布在计划的起止日期之间。</translation>
        </message>
        <message>
            <source>Set goals, create flexibility, develop talent, build networks</source>
            <translation>设定目标、创造灵活性、培养人才、建立网络</translation>
        </message>
        <message>
            <source>Four goals, one per lever of innovation at scale, each with three actions to adapt.</source>
            <translation>四个目标，规模化创新的每个杠杆一个，各含三项可调整的行动。</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Choose a note on the left, or press “New note” to write one.</source>
            <translation>在左侧选择一条笔记，或点击“新笔记”写一条。</translation>
        </message>
        <message>
            <source>Note title</source>
            <translation>笔记标题</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Note details</source>
            <translation>笔记详情</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message numerus="yes">
            <source>%Ln files</source>
            <translation>
                <numerusform>%Ln 个文件</numerusform>
            </translation>
        </message>
        <message>
            <source>“%s” was deleted elsewhere while you typed; your text is kept (see Conflicts).</source>
            <translation>您输入时，“%s”在别处被删除；您的文字已保留（见“冲突”）。</translation>
        </message>
        <message>
            <source>Where this note is used</source>
            <translation>此笔记的使用情况</translation>
        </message>
        <message>
            <source>Details, tags and files</source>
            <translation>详情、标签和文件</translation>
        </message>
        <message>
            <source>Used as evidence in plan %s</source>
            <translation>在计划 %s 中用作依据</translation>
        </message>
        <message>
            <source>Related to %s</source>
            <translation>与 %s 相关</translation>
        </message>
        <message>
            <source>Not used in any plan yet.</source>
            <translation>尚未用于任何计划。</translation>
        </message>
        <message>
            <source>A note needs a title.</source>
            <translation>笔记需要标题。</translation>
        </message>
        <message>
            <source>Rename note</source>
            <translation>重命名笔记</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>更改标签</translation>
        </message>
        <message>
            <source>Edit note text</source>
            <translation>编辑笔记正文</translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <source>Notes</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>Session notes, site visits, reflections and meetings.</source>
            <translation>环节笔记、实地考察、反思和会议记录。</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>新笔记</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save the open note as a document</source>
            <translation>将打开的笔记保存为文档</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected notes</source>
            <translation>删除所选笔记</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <source>No notes yet. Press “New note” (Ctrl+N) to write your first one.</source>
            <translation>还没有笔记。点击“新笔记”(Ctrl+N) 写下第一条。</translation>
        </message>
        <message>
            <source>Filter notes by title</source>
            <translation>按标题筛选笔记</translation>
        </message>
        <message>
            <source>Show notes of kind</source>
            <translation>显示该类型的笔记</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>Show notes of working group</source>
            <translation>显示该工作组的笔记</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>所有工作组</translation>
        </message>
        <message>
            <source>Untitled note</source>
            <translation>无标题笔记</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln notes</source>
            <translation>
                <numerusform>删除 %Ln 条笔记</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln notes to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>已将 %Ln 条笔记移到回收站。撤销可恢复。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>删除笔记</translation>
        </message>
    </context>
    <context>
        <name>PeerTableModel</name>
        <message>
            <source>Teammate</source>
            <translation>队友</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>密钥指纹</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>已信任</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>上次交换</translation>
        </message>
        <message>
            <source>no key yet</source>
            <translation>尚无密钥</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
    </context>
    <context>
        <name>PeersPanel</name>
        <message>
            <source>Teammates</source>
            <translation>队友</translation>
        </message>
        <message>
            <source>Everyone whose bundles you imported. Before trusting a key, compare its fingerprint with the teammate, e.g. by phone.</source>
            <translation>你导入过其数据包的所有人。信任某个密钥之前，请与该队友核对指纹，例如通过电话。</translation>
        </message>
        <message>
            <source>Teammates and their keys</source>
            <translation>队友及其密钥</translation>
        </message>
        <message>
            <source>No teammates yet. Import a bundle from one, or send them yours.</source>
            <translation>还没有队友。导入某位队友的数据包，或把你的发给对方。</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>知道了</translation>
        </message>
        <message>
            <source>Dismiss the refused bundles</source>
            <translation>不再显示被拒绝的数据包</translation>
        </message>
        <message>
            <source>Trust this key</source>
            <translation>信任此密钥</translation>
        </message>
        <message>
            <source>Trust the selected teammate's key</source>
            <translation>信任所选队友的密钥</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions, the second in bundles from %2 (%1's store or theirs wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>%1 的一些更改以两个不同版本到达，第二个版本来自 %2 的同步包（另一个版本由 %1 或他们的工作区写入）；所有工作区保留同一个版本，另一个作为证据保存。</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions (%1's store, or a teammate who passed them on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>%1 的一些更改以两个不同版本到达（另一个版本由 %1 的工作区或转交它们的队友写入）；所有工作区保留同一个版本，另一个作为证据保存。</translation>
        </message>
        <message>
            <source>Refused on %1 (%2): %3</source>
            <translation>于 %1 拒绝（%2）：%3</translation>
        </message>
    </context>
    <context>
        <name>PeopleSection</name>
        <message>
            <source>People &amp; cities</source>
            <translation>人员与城市</translation>
        </message>
        <message>
            <source>Your team's members and the cities of the network.</source>
            <translation>你的团队成员和网络中的城市。</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>添加人员</translation>
        </message>
        <message>
            <source>Add city</source>
            <translation>添加城市</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>No team members yet. Add the people in your city team with “Add person”.</source>
            <translation>还没有团队成员。用“添加人员”添加你所在城市团队的成员。</translation>
        </message>
        <message>
            <source>Filter people by name</source>
            <translation>按姓名筛选人员</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>实践案例</translation>
        </message>
        <message>
            <source>No cities yet. Add the cities of your network with “Add city”.</source>
            <translation>还没有城市。用“添加城市”添加网络中的城市。</translation>
        </message>
        <message>
            <source>Filter cities by name</source>
            <translation>按名称筛选城市</translation>
        </message>
        <message>
            <source>Team members</source>
            <translation>团队成员</translation>
        </message>
        <message>
            <source>Network cities</source>
            <translation>网络城市</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>新人员</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>新城市</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>添加%s</translation>
        </message>
        <message>
            <source>You cannot delete yourself; choose someone else in Preferences first.</source>
            <translation>你不能删除自己；请先在首选项中选择其他人。</translation>
        </message>
        <message>
            <source>Delete %s</source>
            <translation>删除 %s</translation>
        </message>
    </context>
    <context>
        <name>PlanBoard</name>
        <message>
            <source>Drag a card to another column to change its status, or select it and press Ctrl+Left / Ctrl+Right. Enter opens it.</source>
            <translation>将卡片拖到另一列即可更改其状态，或选中后按 Ctrl+左 / Ctrl+右。按回车打开。</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Actions done</source>
            <translation>已完成的行动</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>导出计划</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>实践问题</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Adapted from</source>
            <translation>借鉴自</translation>
        </message>
        <message>
            <source>Which cities' practices does this plan adapt? Add them here so the practice shows the plans built on it.</source>
            <translation>此计划借鉴了哪些城市的哪些实践？在这里添加，这样实践案例中会显示以它为基础的计划。</translation>
        </message>
        <message>
            <source>Adapted from which practices and cities?</source>
            <translation>借鉴自哪些实践和城市？</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>No evidence linked yet. Add the readings and notes (case studies, site-visit notes) this plan draws on.</source>
            <translation>还没有关联依据。添加此计划所依据的阅读材料和笔记（案例研究、实地考察笔记）。</translation>
        </message>
        <message>
            <source>Add readings and notes as evidence</source>
            <translation>添加阅读材料和笔记作为依据</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>目标与行动</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>看板</translation>
        </message>
        <message>
            <source>No plan open</source>
            <translation>未打开计划</translation>
        </message>
        <message>
            <source>An action plan turns a practice you studied into steps for your city: goals with indicators, actions with owners and dates. Start from a blank page or from the network's cycle of inquiry.</source>
            <translation>行动计划把你研究过的实践转化为本市的具体步骤：带指标的目标，带负责人和日期的行动。可以从空白页开始，也可以从网络的探究循环开始。</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>新计划…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>基于探究循环…</translation>
        </message>
        <message>
            <source>owner: %s</source>
            <translation>负责人：%s</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>%Ln 项行动中已完成 %1 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>计划负责人</translation>
        </message>
        <message>
            <source>Move plan to stage %s</source>
            <translation>将计划移到阶段 %s</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n actions to %1.</source>
            <translation>
                <numerusform>已将 %n 项行动保存到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanFilterBar</name>
        <message>
            <source>Filter plans by title</source>
            <translation>按标题筛选计划</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>计划状态</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>任意状态</translation>
        </message>
    </context>
    <context>
        <name>PlanListPanel</name>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>新计划</translation>
        </message>
        <message>
            <source>Blank plan…</source>
            <translation>空白计划…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>基于探究循环…</translation>
        </message>
        <message>
            <source>From innovation at scale…</source>
            <translation>基于规模化创新…</translation>
        </message>
        <message>
            <source>No plans yet. Start one with “New plan” — from a blank page or from the cycle of inquiry.</source>
            <translation>还没有计划。用“新计划”开始一个——从空白页或从探究循环开始。</translation>
        </message>
        <message>
            <source>No plan matches the filter. Clear it to see every plan.</source>
            <translation>没有符合筛选条件的计划。清除筛选即可查看所有计划。</translation>
        </message>
    </context>
    <context>
        <name>PlansSection</name>
        <message>
            <source>Action plans</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>Delete plan %s</source>
            <translation>删除计划 %s</translation>
        </message>
        <message>
            <source>New plan %s</source>
            <translation>新计划 %s</translation>
        </message>
    </context>
    <context>
        <name>PracticesSection</name>
        <message>
            <source>Practice</source>
            <translation>实践案例</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>实践案例</translation>
        </message>
        <message>
            <source>New practice</source>
            <translation>新实践案例</translation>
        </message>
        <message>
            <source>Filter practices by title</source>
            <translation>按标题筛选实践案例</translation>
        </message>
        <message>
            <source>No practices yet. Add what you saw on a site visit or read in a case study: “New practice”.</source>
            <translation>还没有实践案例。添加你在实地考察中看到的或在案例研究中读到的做法：“新实践案例”。</translation>
        </message>
        <message>
            <source>No practice matches the filter. Clear it to see them all.</source>
            <translation>没有符合筛选条件的实践案例。清除筛选即可查看全部。</translation>
        </message>
        <message>
            <source>Adapt in a new plan…</source>
            <translation>在新计划中借鉴…</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan</source>
            <translation>在新计划中借鉴此实践案例</translation>
        </message>
        <message>
            <source>Delete this practice</source>
            <translation>删除此实践案例</translation>
        </message>
        <message>
            <source>Plans that adapt it</source>
            <translation>借鉴它的计划</translation>
        </message>
        <message>
            <source>No plan adapts this practice yet. “Adapt in a new plan…” starts one.</source>
            <translation>还没有计划借鉴此实践案例。“在新计划中借鉴…”可以创建一个。</translation>
        </message>
        <message>
            <source>No practice open</source>
            <translation>未打开实践案例</translation>
        </message>
        <message>
            <source>The portfolio holds what other cities do that works: what you saw on site visits and read in case studies, with the plans that adapt it here.</source>
            <translation>案例库收录其他城市行之有效的做法：你在实地考察中看到的、在案例研究中读到的，以及在这里借鉴它们的计划。</translation>
        </message>
        <message>
            <source>Choose a practice on the left, or add one with “New practice”.</source>
            <translation>在左侧选择一个实践案例，或用“新实践案例”添加一个。</translation>
        </message>
        <message>
            <source>Delete practice %s</source>
            <translation>删除实践案例 %s</translation>
        </message>
        <message>
            <source>Adapting: %s</source>
            <translation>借鉴：%s</translation>
        </message>
        <message>
            <source>New plan adapting %s</source>
            <translation>借鉴 %s 的新计划</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>新计划</translation>
        </message>
        <message>
            <source>Adapt practice</source>
            <translation>借鉴实践案例</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Who you are</source>
            <translation>你是谁</translation>
        </message>
        <message>
            <source>— choose yourself —</source>
            <translation>— 选择你自己 —</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>你是</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>共享文件夹</translation>
        </message>
        <message>
            <source>A synced drive or USB folder your team uses</source>
            <translation>团队使用的同步盘或 U 盘文件夹</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>选择共享文件夹</translation>
        </message>
        <message>
            <source>A new language applies the next time GCEN Desktop starts. Who you are decides whose reading statuses you set and which readings Home shows as yours.</source>
            <translation>新语言将在下次启动 GCEN Desktop 时生效。“你是谁”决定你设置的是谁的阅读状态，以及首页将哪些阅读材料显示为你的。</translation>
        </message>
        <message>
            <source>You are now %s.</source>
            <translation>你现在是 %s。</translation>
        </message>
        <message>
            <source>%s: restart GCEN Desktop to see it in this language.</source>
            <translation>%s：重新启动 GCEN Desktop 后即以该语言显示。</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>PublishPanel</name>
        <message>
            <source>Publish to the network</source>
            <translation>发布到网络</translation>
        </message>
        <message>
            <source>What your team marked “Network”, for other cities: its current text, never its history; what is no longer marked is withdrawn.</source>
            <translation>您的团队标记为“网络”的内容，供其他城市使用：只发布当前文本，绝不包括历史记录；不再标记的内容会被撤回。</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>接收方：</translation>
        </message>
        <message>
            <source>Who the publication is for</source>
            <translation>发布的接收方</translation>
        </message>
        <message>
            <source>The network hub, or the name of one city you send it to directly.</source>
            <translation>网络中心，或您直接发送给的某个城市的名称。</translation>
        </message>
        <message>
            <source>What changed since the last publication to it</source>
            <translation>自上次向其发布以来的变化</translation>
        </message>
        <message>
            <source>Everything published now</source>
            <translation>当前发布的全部内容</translation>
        </message>
        <message>
            <source>For a receiver that lost a file, or one you never published to.</source>
            <translation>适用于丢失了文件的接收方，或从未向其发布过的接收方。</translation>
        </message>
        <message>
            <source>Publish to the network…</source>
            <translation>发布到网络…</translation>
        </message>
        <message>
            <source>the network hub</source>
            <translation>网络中心</translation>
        </message>
        <message>
            <source>Nothing new to publish for %s.</source>
            <translation>没有需要向%s发布的新内容。</translation>
        </message>
        <message numerus="yes">
            <source>For %1: %2 (%n of them sent before, not acknowledged yet).</source>
            <translation>
                <numerusform>发给%1：%2（其中 %n 项之前已发送，尚未确认收到）。</numerusform>
            </translation>
        </message>
        <message>
            <source>For %1: %2.</source>
            <translation>发给%1：%2。</translation>
        </message>
        <message>
            <source>Nothing to publish</source>
            <translation>没有可发布的内容</translation>
        </message>
        <message>
            <source>Nothing changed for %s since your last publication to it. Choose “Everything published now” to send it all again, or mark records “Network” first.</source>
            <translation>自上次发布以来，%s 没有任何变化。选择“当前发布的全部内容”可全部重新发送，或先将记录标记为“网络”。</translation>
        </message>
        <message>
            <source>Publish for %1: %2?

Other cities get the current text of these records, never their history.</source>
            <translation>发布给%1：%2？

其他城市得到的是这些记录的当前文本，绝不包括历史记录。</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>发布…</translation>
        </message>
        <message>
            <source>Save the publication as</source>
            <translation>将发布另存为</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>GCEN 发布文件 (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>正在写入 %s…</translation>
        </message>
        <message numerus="yes">
            <source>This publication was larger than one file may be, so it was saved as %Ln files, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.</source>
            <translation>
                <numerusform>此发布超过了单个文件的大小上限，因此保存为 %Ln 个文件，从 %1 到 %2（共 %3）。请全部发送给 %4；每个文件都可单独导入。</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1 (%2). Send it to %3.</source>
            <translation>已保存 %1（%2）。请发送给%3。</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %s. Make them smaller (or give them fewer tags, attachments or parts) and publish again.</source>
            <translation>没有发布能携带这些记录，因此它们留在本地，其余内容已发布：%s。请缩小它们（或减少其标签、附件或组成部分）后再发布。</translation>
        </message>
        <message>
            <source>Publication saved: %s</source>
            <translation>发布已保存：%s</translation>
        </message>
        <message>
            <source>%s '%s': too many tags, attachments or parts</source>
            <translation>%s“%s”：标签、附件或组成部分过多</translation>
        </message>
        <message>
            <source>%s '%s': too large</source>
            <translation>%s“%s”：过大</translation>
        </message>
        <message>
            <source>%s '%s': its attachments are too large together</source>
            <translation>%s“%s”：其附件合计过大</translation>
        </message>
        <message>
            <source>%s '%s': a value other cities cannot read</source>
            <translation>%s“%s”：含有其他城市无法读取的值</translation>
        </message>
        <message>
            <source>Publishing cancelled; no file was written.</source>
            <translation>发布已取消；未写入任何文件。</translation>
        </message>
    </context>
    <context>
        <name>PublishWords</name>
        <message numerus="yes">
            <source>%n practices</source>
            <translation>
                <numerusform>%n 项实践</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plans</source>
            <translation>
                <numerusform>%n 个计划</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n readings</source>
            <translation>
                <numerusform>%n 份阅读材料</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes</source>
            <translation>
                <numerusform>%n 条笔记</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symposia</source>
            <translation>
                <numerusform>%n 次研讨会</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working groups</source>
            <translation>
                <numerusform>%n 个工作组</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goals</source>
            <translation>
                <numerusform>%n 个目标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions</source>
            <translation>
                <numerusform>%n 项行动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda items</source>
            <translation>
                <numerusform>%n 个议程项</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1和%2</translation>
        </message>
        <message>
            <source>%1 with %2</source>
            <translation>%1（含%2）</translation>
        </message>
        <message>
            <source>%1 withdrawn</source>
            <translation>撤回%1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
    </context>
    <context>
        <name>ReadingDetail</name>
        <message>
            <source>Choose a reading on the left, or press “Add reading”.</source>
            <translation>在左侧选择一份阅读材料，或点击“添加阅读材料”。</translation>
        </message>
        <message>
            <source>My reading status</source>
            <translation>我的阅读状态</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>我的状态</translation>
        </message>
        <message>
            <source>Reading status of each teammate</source>
            <translation>每位队友的阅读状态</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>出版方</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>发表于</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>分配给</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>重要意义</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>PDF and files</source>
            <translation>PDF 和文件</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences to keep your own status.</source>
            <translation>请在首选项中选择你是谁，以记录你自己的状态。</translation>
        </message>
        <message>
            <source>No teammate has marked it yet.</source>
            <translation>还没有队友标记它。</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>标记为 %s</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>更改标签</translation>
        </message>
    </context>
    <context>
        <name>ReadingsSection</name>
        <message>
            <source>Readings</source>
            <translation>阅读材料</translation>
        </message>
        <message>
            <source>Case studies, background papers and reports the team reads.</source>
            <translation>团队阅读的案例研究、背景文件和报告。</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>添加阅读材料</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Import readings from RIS, BibTeX or CSL-JSON</source>
            <translation>从 RIS、BibTeX 或 CSL-JSON 导入阅读材料</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Export readings to RIS, BibTeX or CSL-JSON</source>
            <translation>将阅读材料导出为 RIS、BibTeX 或 CSL-JSON</translation>
        </message>
        <message>
            <source>Readings shown…</source>
            <translation>显示的阅读材料…</translation>
        </message>
        <message>
            <source>Selected readings…</source>
            <translation>选中的阅读材料…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected readings</source>
            <translation>删除所选阅读材料</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>我的状态</translation>
        </message>
        <message>
            <source>No readings match. Add one with “Add reading”, import a RIS or BibTeX file, or clear the filters.</source>
            <translation>没有匹配的阅读材料。用“添加阅读材料”添加一份，导入 RIS 或 BibTeX 文件，或清除筛选。</translation>
        </message>
        <message>
            <source>Filter readings by title</source>
            <translation>按标题筛选阅读材料</translation>
        </message>
        <message>
            <source>Show readings of type</source>
            <translation>显示该类型的阅读材料</translation>
        </message>
        <message>
            <source>Show readings with my status</source>
            <translation>显示我处于该状态的阅读材料</translation>
        </message>
        <message>
            <source>Show readings of year</source>
            <translation>显示该年份的阅读材料</translation>
        </message>
        <message>
            <source>Show readings with tag</source>
            <translation>显示带该标签的阅读材料</translation>
        </message>
        <message>
            <source>Show readings of working group</source>
            <translation>显示该工作组的阅读材料</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>任意状态</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>任意年份</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>任意标签</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>所有工作组</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln readings</source>
            <translation>
                <numerusform>删除 %Ln 篇阅读材料</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln readings to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>已将 %Ln 篇阅读材料移到回收站。撤销可恢复。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading lists (%1);;All files (*)</source>
            <translation>阅读清单 (%1);;所有文件 (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln more readings from %1.</source>
            <translation>
                <numerusform>已从 %1 另外导入 %Ln 篇阅读材料。</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, as already in the workspace or repeated in the file (same DOI; or same title, year and first author; or same web address and title): %1.</source>
            <translation>已跳过（已在工作区中或在文件中重复：DOI 相同；或标题、年份和第一作者相同；或网址和标题相同）：%1。</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>另有 %1 条</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln readings to %1.</source>
            <translation>
                <numerusform>已将 %Ln 篇阅读材料导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete reading</source>
            <translation>删除阅读材料</translation>
        </message>
        <message>
            <source>Import readings</source>
            <translation>导入阅读材料</translation>
        </message>
        <message>
            <source>Importing %s…</source>
            <translation>正在导入 %s…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Import %s</source>
            <translation>导入 %s</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Import them anyway</source>
            <translation>仍然导入</translation>
        </message>
        <message>
            <source>“%1” has the DOI of “%2”</source>
            <translation>“%1”与“%2”的 DOI 相同</translation>
        </message>
        <message>
            <source>“%1” has the title, year and first author of “%2”</source>
            <translation>“%1”与“%2”的标题、年份和第一作者相同</translation>
        </message>
        <message>
            <source>“%1” has the web address and title of “%2”</source>
            <translation>“%1”与“%2”的网址和标题相同</translation>
        </message>
        <message>
            <source>“%1” looks like “%2”</source>
            <translation>“%1”与“%2”相似</translation>
        </message>
        <message>
            <source>%1 (earlier in the file)</source>
            <translation>%1（文件中较前的记录）</translation>
        </message>
        <message>
            <source>Readings added from %1: %2.</source>
            <translation>从 %1 添加的阅读材料：%2。</translation>
        </message>
        <message>
            <source>Left out, as they could not be read: %1.</source>
            <translation>因无法读取而略去：%1。</translation>
        </message>
        <message>
            <source>Export readings</source>
            <translation>导出阅读材料</translation>
        </message>
        <message>
            <source>Select the readings to export first.</source>
            <translation>请先选择要导出的阅读材料。</translation>
        </message>
        <message>
            <source>Export selected readings</source>
            <translation>导出选中的阅读材料</translation>
        </message>
        <message>
            <source>No readings are shown, so there is nothing to export.</source>
            <translation>当前没有显示任何阅读材料，因此没有可导出的内容。</translation>
        </message>
    </context>
    <context>
        <name>ReceiveFlow</name>
        <message>
            <source>Importing %s…</source>
            <translation>正在导入 %s…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>已取消导入；没有任何更改。</translation>
        </message>
        <message>
            <source>another city</source>
            <translation>其他城市</translation>
        </message>
        <message>
            <source>This publication says it comes from %1, and it is signed by a key you have not trusted for that city yet. Its fingerprint is:

%2

Ask %1's team for the fingerprint of their key (by phone, or on the network hub's page) and trust it only if the two are the same.</source>
            <translation>这份发布声称来自%1，签名所用的密钥您尚未信任为该城市的密钥。它的指纹是：

%2

请向%1的团队索取其密钥指纹（通过电话，或在网络中心的页面上查看），只有两者完全相同时才信任它。</translation>
        </message>
        <message>
            <source>A key you have not trusted yet</source>
            <translation>尚未信任的密钥</translation>
        </message>
        <message>
            <source>Trust it and import</source>
            <translation>信任并导入</translation>
        </message>
        <message numerus="yes">
            <source>%1 holds %n of your published records; your next publication for it carries only what it lacks.</source>
            <translation>
                <numerusform>%1 已有您发布的 %n 条记录；下次发给它的发布只包含它缺少的内容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrived</source>
            <translation>
                <numerusform>新到 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>更新 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n withdrawn</source>
            <translation>
                <numerusform>撤回 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: nothing new in this publication.</source>
            <translation>%1：这份发布中没有新内容。</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1：%2。</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>HH:MM</source>
            <translation>时:分</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <source>A newer version of GCEN Desktop set this; update it to change this value.</source>
            <translation>此值由较新版本的 GCEN Desktop 设置；请更新本程序后再修改。</translation>
        </message>
        <message>
            <source>Teammates wrote different values here; see Conflicts.</source>
            <translation>队友在这里写了不同的值；请查看“冲突”。</translation>
        </message>
        <message>
            <source>Other cities get its current text when your team publishes to the network, not its history.</source>
            <translation>您的团队发布到网络时，其他城市得到的是它的当前文本，而不是历史记录。</translation>
        </message>
        <message>
            <source>%s was not changed: type a date like %s or %s.</source>
            <translation>%s 未更改：请输入类似 %s 或 %s 的日期。</translation>
        </message>
        <message>
            <source>%s cannot be empty.</source>
            <translation>%s 不能为空。</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>编辑 %s</translation>
        </message>
    </context>
    <context>
        <name>RecordPickerDialog</name>
        <message>
            <source>Type to find by title…</source>
            <translation>输入以按标题查找…</translation>
        </message>
        <message>
            <source>Find by title</source>
            <translation>按标题查找</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>Matching records</source>
            <translation>匹配的记录</translation>
        </message>
        <message>
            <source>Nothing matches. Try fewer letters, or create the record first.</source>
            <translation>没有匹配项。试试少输入几个字，或先创建该记录。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>RecordSection</name>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>SavedFileDialog</name>
        <message>
            <source>Export finished</source>
            <translation>导出完成</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Open the saved file</source>
            <translation>打开已保存的文件</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>Show the saved file in its folder</source>
            <translation>在所在文件夹中显示已保存的文件</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the workspace</source>
            <translation>搜索工作空间</translation>
        </message>
        <message>
            <source>Search notes, readings, plans, people…</source>
            <translation>搜索笔记、阅读材料、计划、人员…</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>搜索文本</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <source>Type a few words; results are grouped by kind. Enter opens the first.</source>
            <translation>输入几个词；结果按类型分组。按回车打开第一个。</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or different words.</source>
            <translation>未找到任何内容。试试更少或不同的词。</translation>
        </message>
        <message>
            <source>Still indexing a recent import; some results may be missing.</source>
            <translation>仍在为最近的导入建立索引；部分结果可能缺失。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln results. Enter opens the selected one.</source>
            <translation>
                <numerusform>%Ln 个结果。按 Enter 打开所选结果。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedFolderPanel</name>
        <message>
            <source>Shared folder</source>
            <translation>共享文件夹</translation>
        </message>
        <message>
            <source>If your team shares a folder (a synced drive), GCEN Desktop puts your bundle there and imports your teammates' bundles every five minutes.</source>
            <translation>如果你的团队共享一个文件夹（同步盘），GCEN Desktop 会把你的数据包放在那里，并每五分钟导入一次队友的数据包。</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>选择文件夹…</translation>
        </message>
        <message>
            <source>Stop using it</source>
            <translation>停止使用</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Look at it…</source>
            <translation>查看…</translation>
        </message>
        <message>
            <source>Open the bundle with its preview, then decide</source>
            <translation>打开数据包并查看预览，然后再决定</translation>
        </message>
        <message>
            <source>Not available in this build.</source>
            <translation>此版本不提供此功能。</translation>
        </message>
        <message>
            <source>No shared folder. Bundles travel by USB stick or e-mail.</source>
            <translation>没有共享文件夹。数据包通过 U 盘或电子邮件传递。</translation>
        </message>
        <message>
            <source>Choose the folder your team shares</source>
            <translation>选择团队共享的文件夹</translation>
        </message>
        <message>
            <source>Last sync: nothing new from teammates.</source>
            <translation>上次同步：队友没有新内容。</translation>
        </message>
        <message>
            <source>Last sync brought in one bundle.</source>
            <translation>上次同步导入了一个数据包。</translation>
        </message>
        <message numerus="yes">
            <source>Last sync brought in %Ln bundles.</source>
            <translation>
                <numerusform>上次同步带入了 %Ln 个数据包。</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %s</source>
            <translation>上次同步失败：%s</translation>
        </message>
        <message>
            <source>Waiting for you (not imported automatically):</source>
            <translation>等待您决定（未自动导入）：</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>Could not open the workspace</source>
            <translation>无法打开工作空间</translation>
        </message>
        <message>
            <source>Open a workspace folder</source>
            <translation>打开工作空间文件夹</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <source>That folder is empty. Create a new workspace in it?</source>
            <translation>该文件夹为空。要在其中创建新的工作区吗？</translation>
        </message>
        <message>
            <source>Create a workspace…</source>
            <translation>创建工作区…</translation>
        </message>
        <message>
            <source>No workspace there</source>
            <translation>那里没有工作空间</translation>
        </message>
        <message>
            <source>That folder holds no GCEN workspace; pick the folder you created it in, or an empty folder for a new workspace.</source>
            <translation>该文件夹中没有 GCEN 工作区；请选择您创建工作区的文件夹，或选择一个空文件夹来新建工作区。</translation>
        </message>
        <message>
            <source>That workspace is open in another window, which is now in front.</source>
            <translation>该工作区已在另一个窗口中打开，该窗口现已置于最前。</translation>
        </message>
    </context>
    <context>
        <name>StageBar</name>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>探究循环阶段</translation>
        </message>
        <message>
            <source>Stage %s</source>
            <translation>阶段 %s</translation>
        </message>
    </context>
    <context>
        <name>SymposiaSection</name>
        <message>
            <source>Symposium</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Symposia</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>新研讨会</translation>
        </message>
        <message>
            <source>Filter by title</source>
            <translation>按标题筛选</translation>
        </message>
        <message>
            <source>No symposia or meetings yet. Add the next one with “New symposium” to plan its agenda and prep checklist.</source>
            <translation>还没有研讨会或会议。用“新研讨会”添加下一场，以规划其日程和准备清单。</translation>
        </message>
        <message>
            <source>Nothing matches the filter. Clear it to see every event.</source>
            <translation>没有符合筛选条件的活动。清除筛选即可查看所有活动。</translation>
        </message>
        <message>
            <source>Delete symposium %s</source>
            <translation>删除研讨会 %s</translation>
        </message>
    </context>
    <context>
        <name>SymposiumEditor</name>
        <message>
            <source>Briefing pack</source>
            <translation>简报资料包</translation>
        </message>
        <message>
            <source>Export the briefing pack</source>
            <translation>导出简报资料包</translation>
        </message>
        <message>
            <source>Agenda calendar…</source>
            <translation>议程日历…</translation>
        </message>
        <message>
            <source>Save the agenda as a calendar file (iCalendar)</source>
            <translation>将议程保存为日历文件（iCalendar）</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>主办城市</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参与者</translation>
        </message>
        <message>
            <source>Who is going? Add the team members taking part.</source>
            <translation>谁会参加？添加参加的团队成员。</translation>
        </message>
        <message>
            <source>Add participants</source>
            <translation>添加参与者</translation>
        </message>
        <message>
            <source>Readings and notes to prepare with</source>
            <translation>会前准备的阅读材料和笔记</translation>
        </message>
        <message>
            <source>Link the readings and notes participants should see before they travel.</source>
            <translation>关联参与者出发前应阅读的材料和笔记。</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>关联阅读材料和笔记</translation>
        </message>
        <message>
            <source>Notes taken at this event</source>
            <translation>本次活动中记录的笔记</translation>
        </message>
        <message>
            <source>Notes whose symposium is this one appear here.</source>
            <translation>研讨会为本场的笔记会显示在这里。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>%Ln 天后</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln prep items done</source>
            <translation>
                <numerusform>%Ln 项准备事项中已完成 %1 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n agenda items to %1.</source>
            <translation>
                <numerusform>已将 %n 个议程项目保存到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>日程</translation>
        </message>
        <message>
            <source>Prep checklist</source>
            <translation>准备清单</translation>
        </message>
        <message>
            <source>Readings and notes</source>
            <translation>阅读材料和笔记</translation>
        </message>
        <message>
            <source>No symposium open</source>
            <translation>未打开研讨会</translation>
        </message>
        <message>
            <source>Plan the next symposium or working-group meeting here: its days and sessions, who goes, what to prepare and read, and a briefing pack to share.</source>
            <translation>在这里筹备下一场研讨会或工作组会议：日程与环节、参加人员、需要准备和阅读的内容，以及可共享的简报资料包。</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>新研讨会</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync with your team</source>
            <translation>与团队同步</translation>
        </message>
        <message>
            <source>Share with other cities</source>
            <translation>与其他城市共享</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Sync information is not available: %s</source>
            <translation>同步信息不可用：%s</translation>
        </message>
        <message>
            <source>Last exchange: %s.</source>
            <translation>上次交换：%s。</translation>
        </message>
        <message>
            <source>No bundles exchanged yet. Export one for your team, or import the one a teammate sent you.</source>
            <translation>还没有交换过数据包。为团队导出一个，或导入队友发给你的数据包。</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>GCEN 数据包 (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>已有一个导入正在进行；请等待其完成。</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>撤销上次导入</translation>
        </message>
        <message>
            <source>Put the workspace back as it was just before the last import? What the import added or changed is taken out again.</source>
            <translation>要把工作空间恢复到上次导入之前的状态吗？该次导入添加或更改的内容将被撤回。</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <source>The last import was undone.</source>
            <translation>已撤销上次导入。</translation>
        </message>
        <message>
            <source>export for the team</source>
            <translation>为团队导出</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <source>Tags, separated by commas</source>
            <translation>标签，用逗号分隔</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
    </context>
    <context>
        <name>TimeZoneDialog</name>
        <message>
            <source>Time zone of the agenda</source>
            <translation>议程的时区</translation>
        </message>
        <message>
            <source>The agenda of “%1” lists local times, but its host city does not say which time zone they are in. Choose the time zone of the place where it is held:</source>
            <translation>“%1”的议程列出的是当地时间，但无法从主办城市得知所在时区。请选择举办地点的时区：</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>删除时间</translation>
        </message>
    </context>
    <context>
        <name>TrashSection</name>
        <message>
            <source>Trash</source>
            <translation>回收站</translation>
        </message>
        <message>
            <source>Deleted records stay here until you restore them or delete them permanently.</source>
            <translation>已删除的记录会保留在这里，直到你恢复或永久删除它们。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Restore the selected records</source>
            <translation>恢复所选记录</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>永久删除</translation>
        </message>
        <message>
            <source>Delete the selected records permanently</source>
            <translation>永久删除所选记录</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>清空回收站</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>清空回收站</translation>
        </message>
        <message>
            <source>Deleted records</source>
            <translation>已删除的记录</translation>
        </message>
        <message>
            <source>The trash is empty. Anything you delete appears here and can be restored.</source>
            <translation>回收站是空的。你删除的任何内容都会出现在这里，并且可以恢复。</translation>
        </message>
        <message numerus="yes">
            <source>Restored %Ln records.</source>
            <translation>
                <numerusform>已恢复 %Ln 条记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %Ln records</source>
            <translation>
                <numerusform>恢复 %Ln 条记录</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore from trash</source>
            <translation>从回收站恢复</translation>
        </message>
        <message>
            <source>Teammates who already have them keep them: your deletion reaches them with your bundles, and their copies stay in their own trash until they empty theirs.</source>
            <translation>已拥有这些记录的队友会保留它们：您的删除会随您的数据包传给他们，他们的副本会留在各自的回收站中，直到他们清空回收站。</translation>
        </message>
        <message>
            <source>Delete the selected records permanently? What they say is removed from this computer; they cannot be restored, and this cannot be undone.</source>
            <translation>要永久删除所选记录吗？其内容将从这台电脑上移除；无法恢复，也无法撤销。</translation>
        </message>
        <message>
            <source>Delete everything in the trash permanently? What it says is removed from this computer; nothing in it can be restored, and this cannot be undone.</source>
            <translation>要永久删除回收站中的所有内容吗？其内容将从这台电脑上移除；任何内容都无法恢复，也无法撤销。</translation>
        </message>
        <message>
            <source>Deleted permanently.</source>
            <translation>已永久删除。</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <source>the team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Teammate using this workspace</source>
            <translation>使用此工作空间的队友</translation>
        </message>
        <message>
            <source>Changes not yet shared</source>
            <translation>尚未共享的更改</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>上次交换</translation>
        </message>
        <message>
            <source>Workspace state</source>
            <translation>工作空间状态</translation>
        </message>
        <message>
            <source>Counting changes not yet shared…</source>
            <translation>正在统计尚未共享的更改…</translation>
        </message>
        <message>
            <source>Read-only: this workspace can be read but not changed</source>
            <translation>只读：此工作空间只能读取，不能修改</translation>
        </message>
        <message>
            <source>Damaged: changes are refused; restore a backup or join the workspace again</source>
            <translation>已损坏：更改会被拒绝；请恢复备份或重新加入工作空间</translation>
        </message>
        <message>
            <source>You: %s</source>
            <translation>你：%s</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences</source>
            <translation>请在首选项中选择你是谁</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not yet shared</source>
            <translation>
                <numerusform>%Ln 项更改尚未共享</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything shared</source>
            <translation>已全部共享</translation>
        </message>
        <message>
            <source>Last exchange with %s</source>
            <translation>与 %s 的上次交换</translation>
        </message>
        <message>
            <source>No exchange yet</source>
            <translation>尚未交换</translation>
        </message>
    </context>
    <context>
        <name>WriterNames</name>
        <message>
            <source>you (this computer)</source>
            <translation>你（本机）</translation>
        </message>
        <message>
            <source>a teammate (%s…)</source>
            <translation>一位队友（%s…）</translation>
        </message>
    </context>
    <context>
        <name>_CitiesPage</name>
        <message>
            <source>Practices from this city</source>
            <translation>来自该城市的实践案例</translation>
        </message>
        <message>
            <source>No practice in the portfolio comes from this city yet. Set a practice's city on the “Practices” screen.</source>
            <translation>案例库中还没有来自该城市的实践案例。请在“实践案例”页面中设置实践案例所属的城市。</translation>
        </message>
    </context>
    <context>
        <name>_MembersPage</name>
        <message>
            <source>This is you.</source>
            <translation>这是你。</translation>
        </message>
        <message>
            <source>Working groups: %s</source>
            <translation>工作组：%s</translation>
        </message>
        <message>
            <source>Not in a working group yet.</source>
            <translation>尚未加入任何工作组。</translation>
        </message>
    </context>
    <context>
        <name>Deleting</name>
        <message>
            <source>They go to the trash with it, and Undo brings them all back.</source>
            <translation>它们会一并移到回收站；撤销即可全部恢复。</translation>
        </message>
        <message>
            <source>This plan has %1.</source>
            <translation>此计划包含 %1。</translation>
        </message>
        <message>
            <source>This plan has %1 and %2.</source>
            <translation>此计划包含 %1和 %2。</translation>
        </message>
        <message>
            <source>This goal has %1.</source>
            <translation>此目标包含 %1。</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>删除“%1”？</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>This symposium has %1.</source>
            <translation>此研讨会包含 %1。</translation>
        </message>
        <message>
            <source>This symposium has %1 and %2.</source>
            <translation>此研讨会包含 %1和 %2。</translation>
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
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>Word (DOCX)</source>
            <translation>Word (DOCX)</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>Word 文档</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>网页 (HTML)</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>网页</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>电子表格（CSV）</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>电子表格</translation>
        </message>
        <message>
            <source>Calendar (iCalendar)</source>
            <translation>日历（iCalendar）</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>日历</translation>
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
            <translation>工作空间</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>日程环节</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>清单项</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>阅读材料</translation>
        </message>
        <message>
            <source>Reading status</source>
            <translation>阅读状态</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>实践案例</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>链接</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>共享对象</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>实践问题</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>主办城市</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>天</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>顺序</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>出版方</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>发表于</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>重要意义</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>分配给</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Results and evidence</source>
            <translation>成果与证据</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>计划负责人</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>问责人</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>Private (this computer only)</source>
            <translation>私有（仅限本机）</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Network (other cities may see it)</source>
            <translation>网络（其他城市可见）</translation>
        </message>
        <message>
            <source>Superintendent</source>
            <translation>学区总监</translation>
        </message>
        <message>
            <source>Senior leader</source>
            <translation>高级领导</translation>
        </message>
        <message>
            <source>Content expert</source>
            <translation>内容专家</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>利益相关方</translation>
        </message>
        <message>
            <source>Practitioner-leader</source>
            <translation>实践领导者</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>案例研究</translation>
        </message>
        <message>
            <source>Background paper</source>
            <translation>背景文件</translation>
        </message>
        <message>
            <source>Meeting report</source>
            <translation>会议报告</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>书籍</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>网页</translation>
        </message>
        <message>
            <source>To read</source>
            <translation>待读</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>在读</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>已读</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>已讨论</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>实地考察</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>反思</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Working-group meeting</source>
            <translation>工作组会议</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>网络研讨会</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>交流</translation>
        </message>
        <message>
            <source>Expert talk</source>
            <translation>专家讲座</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>工作坊</translation>
        </message>
        <message>
            <source>Plenary</source>
            <translation>全体会议</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>探究</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>讨论</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>规划</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>回顾</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>受阻</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Action plan</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>Symposium briefing pack</source>
            <translation>研讨会简报资料包</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>探究循环阶段</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>计划负责人</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Adapted from</source>
            <translation>借鉴自</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>实践案例</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>目标与行动</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Actions done: {done} of {total}</source>
            <translation>已完成行动：{done} / {total}</translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>还没有行动。</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>Readings from the team's reading list that this plan draws on.</source>
            <translation>本计划所依据的团队阅读清单中的材料。</translation>
        </message>
        <message>
            <source>The team's notes this plan draws on are in the appendix.</source>
            <translation>本计划所依据的团队笔记见附录。</translation>
        </message>
        <message>
            <source>Appendix: linked notes</source>
            <translation>附录：关联笔记</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>暂无记录。</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>No font on this computer can draw these characters; each shows as �: {chars}.</source>
            <translation>此计算机上没有字体能显示以下字符，每个字符显示为 �：{chars}。</translation>
        </message>
        <message>
            <source>Prepared with GCEN Desktop on {date}</source>
            <translation>由 GCEN Desktop 于 {date} 生成</translation>
        </message>
        <message>
            <source>For circulation within the {network}.</source>
            <translation>仅限 {network} 内部传阅。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>日程</translation>
        </message>
        <message>
            <source>Day {day}</source>
            <translation>第 {day} 天</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>实地考察</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参与者</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>准备清单</translation>
        </message>
        <message>
            <source>Items done: {done} of {total}</source>
            <translation>已完成事项：{done} / {total}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Assigned readings</source>
            <translation>分配的阅读材料</translation>
        </message>
        <message>
            <source>Team notes by working group</source>
            <translation>按工作组整理的团队笔记</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>其他笔记</translation>
        </message>
        <message>
            <source>Status of the team's plans</source>
            <translation>团队计划的状态</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Actions and milestones</source>
            <translation>行动与里程碑</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>截止：{title}</translation>
        </message>
        <message>
            <source>Milestone: {title}</source>
            <translation>里程碑：{title}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Give --format (%(formats)s) or a file name ending in one of them.</source>
            <translation>请指定 --format（%(formats)s），或使用以其中之一结尾的文件名。</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; pass it with --tz, e.g. --tz Asia/Seoul.</source>
            <translation>无法从主办城市得知“%(title)s”的时区；请用 --tz 指定，例如 --tz Asia/Seoul。</translation>
        </message>
        <message>
            <source>A network publication is always signed and never encrypted; leave out --no-sign, --passphrase-file and --recipient.</source>
            <translation>网络发布总是签名且从不加密；请去掉 --no-sign、--passphrase-file 和 --recipient。</translation>
        </message>
        <message>
            <source>%(folder)s holds no workspace; a network publication is imported into a workspace ('gcen init' makes one).</source>
            <translation>%(folder)s 中没有工作空间；网络发布要导入到一个工作空间中（'gcen init' 可以创建一个）。</translation>
        </message>
        <message>
            <source>A network publication is not previewed; 'gcen network import' takes it into the network library, where nothing is the team's own.</source>
            <translation>网络发布不提供预览；'gcen network import' 会把它放入网络资料库，其中没有任何内容属于本团队。</translation>
        </message>
        <message>
            <source>Expected --FIELD VALUE, got '%(token)s'.</source>
            <translation>应为 --FIELD VALUE，实际为 '%(token)s'。</translation>
        </message>
        <message>
            <source>--%(name)s needs a value.</source>
            <translation>--%(name)s 需要一个值。</translation>
        </message>
        <message>
            <source>No single %(types)s is called '%(name)s'; give its id instead.</source>
            <translation>没有唯一一个名为 '%(name)s' 的 %(types)s；请改为提供其 ID。</translation>
        </message>
        <message>
            <source>Use --set FIELD=VALUE, not '%(item)s'.</source>
            <translation>请使用 --set FIELD=VALUE，而不是 '%(item)s'。</translation>
        </message>
        <message>
            <source>The workspace check found problems (listed above); restore the workspace folder from a backup, or join the workspace again from a teammate's full bundle, and keep a copy of this folder to ask for help.</source>
            <translation>工作空间检查发现了问题（见上方列表）；请从备份恢复工作空间文件夹，或从队友的完整数据包重新加入工作空间，并保留此文件夹的副本以便寻求帮助。</translation>
        </message>
        <message>
            <source>The identity file %(path)s is not a regular file; save the identity in a file and give its name.</source>
            <translation>身份文件 %(path)s 不是普通文件；请把身份保存到文件中并给出文件名。</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is not a regular file; save the passphrase in a file and give its name.</source>
            <translation>口令文件 %(path)s 不是普通文件；请把口令保存到文件中并给出文件名。</translation>
        </message>
        <message>
            <source>The identity file %(path)s is longer than %(limit)d bytes; check that it is the right file.</source>
            <translation>身份文件 %(path)s 超过 %(limit)d 字节；请确认文件是否正确。</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is longer than %(limit)d bytes; a passphrase is one line, check that it is the right file.</source>
            <translation>口令文件 %(path)s 超过 %(limit)d 字节；口令只有一行，请确认文件是否正确。</translation>
        </message>
        <message>
            <source>The identity file %(path)s cannot be read; check the name.</source>
            <translation>无法读取身份文件 %(path)s；请检查文件名。</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s cannot be read; check the name.</source>
            <translation>无法读取口令文件 %(path)s；请检查文件名。</translation>
        </message>
        <message>
            <source>The file %(path)s holds no age identity (a line starting AGE-SECRET-KEY-).</source>
            <translation>文件 %(path)s 中没有 age 身份（以 AGE-SECRET-KEY- 开头的一行）。</translation>
        </message>
        <message>
            <source>%(refusal)s (--preview shows it; --once imports it once; --yes trusts the key that signed it.)</source>
            <translation>%(refusal)s（--preview 显示预览；--once 仅导入一次；--yes 信任签名的密钥。）</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s to preview against; import without --preview to join.</source>
            <translation>%(folder)s 中没有可用于预览的工作空间；请不带 --preview 导入以加入。</translation>
        </message>
        <message>
            <source>--as-copies cannot be previewed; import the copies, then 'gcen undo-import' if unwanted.</source>
            <translation>--as-copies 无法预览；请导入副本，如不需要再运行 'gcen undo-import'。</translation>
        </message>
        <message>
            <source>%(refusal)s To copy its records into this workspace, add --as-copies.</source>
            <translation>%(refusal)s 要将其记录复制到此工作空间，请加上 --as-copies。</translation>
        </message>
        <message>
            <source>'%(field)s' cannot be empty.</source>
            <translation>'%(field)s' 不能为空。</translation>
        </message>
        <message>
            <source>'%(field)s' is longer than %(limit)d characters.</source>
            <translation>'%(field)s' 超过了 %(limit)d 个字符。</translation>
        </message>
        <message>
            <source>'%(field)s' contains a NUL character, which other teammates' stores cannot hold; remove it and try again.</source>
            <translation>'%(field)s' 包含 NUL 字符，队友的副本无法保存它；请删除该字符后重试。</translation>
        </message>
        <message>
            <source>'%(field)s' holds text that is not valid Unicode (a lone surrogate); type or paste it again.</source>
            <translation>'%(field)s' 包含不是有效 Unicode 的文本（孤立的代理项）；请重新输入或粘贴。</translation>
        </message>
        <message>
            <source>'%(value)s' is not an order key for '%(field)s' (e.g. a0); move the record instead.</source>
            <translation>'%(value)s' 不是 '%(field)s' 的排序键（例如 a0）；请改为移动该记录。</translation>
        </message>
        <message>
            <source>'%(value)s' is not a date for '%(field)s': use YYYY-MM-DD, e.g. 2026-03-14.</source>
            <translation>'%(value)s' 不是 '%(field)s' 的有效日期：请使用 YYYY-MM-DD，例如 2026-03-14。</translation>
        </message>
        <message>
            <source>'%(value)s' is not a time for '%(field)s': use HH:MM.</source>
            <translation>'%(value)s' 不是 '%(field)s' 的有效时间：请使用 HH:MM。</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number.</source>
            <translation>'%(field)s' 必须是整数。</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number, not '%(value)s'.</source>
            <translation>'%(field)s' 必须是整数，而不是 '%(value)s'。</translation>
        </message>
        <message>
            <source>'%(field)s' is too large a number; use one of at most 18 digits.</source>
            <translation>'%(field)s' 的数字太大；请使用最多 18 位的数字。</translation>
        </message>
        <message>
            <source>'%(field)s' must be yes or no, not '%(value)s'.</source>
            <translation>'%(field)s' 必须为“是”或“否”（yes/no），而不是 '%(value)s'。</translation>
        </message>
        <message>
            <source>'%(value)s' is not a %(field)s; choose one of: %(choices)s.</source>
            <translation>'%(value)s' 不是有效的 %(field)s；请从以下选项中选择：%(choices)s。</translation>
        </message>
        <message>
            <source>'%(field)s' must be the id of a record, not '%(value)s'.</source>
            <translation>'%(field)s' 必须是某条记录的 ID，而不是 '%(value)s'。</translation>
        </message>
        <message>
            <source>A %(type)s has no field '%(field)s'; its fields are: %(fields)s.</source>
            <translation>%(type)s 没有字段 '%(field)s'；它的字段有：%(fields)s。</translation>
        </message>
        <message>
            <source>A new %(type)s needs '%(field)s' (e.g. --%(field)s "...").</source>
            <translation>新的 %(type)s 需要 '%(field)s'（例如 --%(field)s "..."）。</translation>
        </message>
        <message>
            <source>'%(name)s' is not a record type; use one of: %(types)s.</source>
            <translation>'%(name)s' 不是记录类型；请使用以下之一：%(types)s。</translation>
        </message>
        <message>
            <source>'%(field)s' is too large to send to teammates: this change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take (control characters and some scripts take several bytes each); shorten it and try again.</source>
            <translation>'%(field)s' 太大，无法发送给队友：对 %(type)s 的这项更改在数据包中将占用 %(size)s，超过了一项更改最多允许的 %(limit)s（控制字符和某些文字每个字符占用多个字节）；请缩短后重试。</translation>
        </message>
        <message>
            <source>This change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take; it cannot be sent to teammates.</source>
            <translation>对 %(type)s 的这项更改在数据包中将占用 %(size)s，超过了一项更改最多允许的 %(limit)s；无法发送给队友。</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>导出已取消；未写入任何文件。</translation>
        </message>
        <message>
            <source>GCEN_PDF_FONT names %(path)s, which is not a font file; fix or unset it.</source>
            <translation>GCEN_PDF_FONT 指向 %(path)s，它不是字体文件；请修正或取消该设置。</translation>
        </message>
        <message>
            <source>No font covering Chinese, Korean and accented text was found for the PDF; install Noto Sans CJK (Debian/Ubuntu: 'sudo apt install fonts-noto-cjk') or set GCEN_PDF_FONT to a .ttf/.otf/.ttc file, then export again.</source>
            <translation>未找到可用于 PDF 且涵盖中文、韩文和带重音字符的字体；请安装 Noto Sans CJK（Debian/Ubuntu：'sudo apt install fonts-noto-cjk'），或将 GCEN_PDF_FONT 设为一个 .ttf/.otf/.ttc 文件，然后重新导出。</translation>
        </message>
        <message>
            <source>The Word template %(path)s does not exist; pick a .docx file or leave it out.</source>
            <translation>Word 模板 %(path)s 不存在；请选择一个 .docx 文件，或不使用模板。</translation>
        </message>
        <message>
            <source>Cannot tell the format of %(name)s; name it with one of the extensions %(extensions)s, or give --format %(formats)s.</source>
            <translation>无法判断 %(name)s 的格式；请为其使用扩展名 %(extensions)s 之一，或指定 --format %(formats)s。</translation>
        </message>
        <message>
            <source>Cannot read %(path)s: %(reason)s; check the path.</source>
            <translation>无法读取 %(path)s：%(reason)s；请检查路径。</translation>
        </message>
        <message>
            <source>%(name)s is %(size)s MB, more than a reading list can be (%(limit)s MB); export a smaller selection and import that.</source>
            <translation>%(name)s 大小为 %(size)s MB，超过了阅读材料列表的上限（%(limit)s MB）；请导出较小的选集再导入。</translation>
        </message>
        <message>
            <source>%(name)s cannot be read as %(encoding)s (%(reason)s); try another --encoding.</source>
            <translation>无法以 %(encoding)s 读取 %(name)s（%(reason)s）；请尝试其他 --encoding。</translation>
        </message>
        <message>
            <source>%(name)s is not UTF-8 text: line %(line)s holds bytes that are not UTF-8; export it again as UTF-8 (Zotero does by default), or name its encoding with --encoding (e.g. cp1252).</source>
            <translation>%(name)s 不是 UTF-8 文本：第 %(line)s 行包含非 UTF-8 字节；请重新以 UTF-8 导出（Zotero 默认如此），或用 --encoding 指定其编码（例如 cp1252）。</translation>
        </message>
        <message>
            <source>%(name)s is not a text file (binary data on line %(line)s); pick the exported reading list.</source>
            <translation>%(name)s 不是文本文件（第 %(line)s 行有二进制数据）；请选择导出的阅读材料列表。</translation>
        </message>
        <message>
            <source>The file holds no readings: no BibTeX entries were found; an entry looks like '@article{key, title = {...}}'.</source>
            <translation>该文件中没有阅读材料：未找到 BibTeX 条目；条目的样式如 '@article{key, title = {...}}'。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation>导入已取消；未添加任何内容。</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s, column %(column)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>该文件不是有效的 JSON（第 %(line)s 行，第 %(column)s 列：%(reason)s）；请重新导出 CSL JSON，或修正该处。</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>该文件不是有效的 JSON（第 %(line)s 行：%(reason)s）；请重新导出 CSL JSON，或修正该处。</translation>
        </message>
        <message>
            <source>The JSON file is not CSL-JSON: it should be a list of items with 'type' and 'title'.</source>
            <translation>该 JSON 文件不是 CSL-JSON：它应当是包含 'type' 和 'title' 的条目列表。</translation>
        </message>
        <message>
            <source>The file holds no readings: the CSL-JSON list is empty.</source>
            <translation>该文件中没有阅读材料：CSL-JSON 列表为空。</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found (line %(line)s is not RIS); a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>该文件中没有阅读材料：未找到 RIS 记录（第 %(line)s 行不是 RIS）；RIS 记录以 'TY  - ' 开头，以 'ER  - ' 结尾。</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found; a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>该文件中没有阅读材料：未找到 RIS 记录；RIS 记录以 'TY  - ' 开头，以 'ER  - ' 结尾。</translation>
        </message>
        <message>
            <source>The style file %(path)s could not be read (%(reason)s); fix it or leave it out.</source>
            <translation>无法读取样式文件 %(path)s（%(reason)s）；请修正它或不使用它。</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist or cannot be read.</source>
            <translation>文件 %(path)s 不存在或无法读取。</translation>
        </message>
        <message>
            <source>%(name)s is larger than the %(limit)s a file attached to a record may be (teammates could not receive it); share it another way, or attach a smaller copy.</source>
            <translation>%(name)s 超过了记录附件允许的 %(limit)s（队友将无法接收）；请用其他方式分享，或附加一个较小的副本。</translation>
        </message>
        <message>
            <source>Could not store %(name)s: %(reason)s. Free some disk space and try again.</source>
            <translation>无法存储 %(name)s：%(reason)s。请释放一些磁盘空间后重试。</translation>
        </message>
        <message>
            <source>The file '%(name)s' has not arrived yet; ask a teammate for a full bundle.</source>
            <translation>文件 '%(name)s' 尚未到达；请向队友索取完整数据包。</translation>
        </message>
        <message>
            <source>This export was larger than one bundle may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; your teammate imports each one, and a new teammate joins with the first.</source>
            <translation>此次导出超过了单个数据包的大小上限，因此写成了 %(count)d 个文件（共 %(size)s，从 %(first)s 到 %(last)s）：请全部发送；队友逐个导入，新队友用第一个文件加入。</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %(records)s; edit that field (or delete the record) and export again.</source>
            <translation>一个任何数据包都无法携带的版本（由旧版 GCEN Desktop 写入）留在了本地，其余内容已发送：%(records)s；请编辑该字段（或删除该记录）后重新导出。</translation>
        </message>
        <message>
            <source>The bundle file %(file)s is not the file that was previewed (its SHA-256 differs), so nothing was imported; preview it again and look at what it holds now.</source>
            <translation>数据包文件 %(file)s 不是预览过的那个文件（其 SHA-256 不同），因此未导入任何内容；请重新预览，查看它现在包含的内容。</translation>
        </message>
        <message>
            <source>The bundle file %(file)s, previewed as coming from %(name)s, changed after its preview, so nothing was imported; open it again and look at the new preview.</source>
            <translation>数据包文件 %(file)s（预览显示来自 %(name)s）在预览后发生了变化，因此没有导入任何内容；请重新打开它并查看新的预览。</translation>
        </message>
        <message>
            <source>'%(mode)s' is not a kind of export; choose team, peer or full.</source>
            <translation>'%(mode)s' 不是一种导出方式；请选择 team、peer 或 full。</translation>
        </message>
        <message>
            <source>Choose the teammate to export for.</source>
            <translation>请选择要为其导出的队友。</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the bundle.</source>
            <translation>文件夹 %(folder)s 不存在；请为数据包选择其他位置。</translation>
        </message>
        <message>
            <source>There is no file %(path)s; check the name and try again.</source>
            <translation>没有文件 %(path)s；请检查文件名后重试。</translation>
        </message>
        <message>
            <source>There is no import to undo: the workspace changed since the last import, or nothing was imported.</source>
            <translation>没有可撤销的导入：自上次导入以来工作空间已发生变化，或者没有导入过任何内容。</translation>
        </message>
        <message>
            <source>The field '%(field)s' of that record has no conflict; 'gcen conflicts' lists them.</source>
            <translation>该记录的字段 '%(field)s' 没有冲突；'gcen conflicts' 会列出所有冲突。</translation>
        </message>
        <message>
            <source>Give either a version number to pick or a new value, not both.</source>
            <translation>请提供要选择的版本号或新值，不要同时提供两者。</translation>
        </message>
        <message>
            <source>That field cannot be set.</source>
            <translation>该字段无法设置。</translation>
        </message>
        <message>
            <source>That record has no deletion to settle.</source>
            <translation>该记录没有需要处理的删除。</translation>
        </message>
        <message>
            <source>For a deletion, pick %(keep)d to keep the record or %(delete)d to delete it.</source>
            <translation>对于删除，选择 %(keep)d 保留该记录，选择 %(delete)d 删除它。</translation>
        </message>
        <message>
            <source>Pick a version between 1 and %(count)d.</source>
            <translation>请选择 1 到 %(count)d 之间的版本。</translation>
        </message>
        <message>
            <source>This bundle is from this workspace; import it as usual, not as copies.</source>
            <translation>此数据包来自本工作空间；请按常规方式导入，而不是作为副本导入。</translation>
        </message>
        <message>
            <source>The workspace changed while the import was starting; import the bundle again.</source>
            <translation>导入开始时工作空间发生了变化；请重新导入该数据包。</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' in this bundle cannot be copied: %(reason)s Nothing was imported.</source>
            <translation>此数据包中的 %(type)s '%(title)s' 无法复制：%(reason)s 未导入任何内容。</translation>
        </message>
        <message>
            <source>No %(what)s has the id '%(id)s'; 'gcen list %(what)s' shows the ids.</source>
            <translation>没有 ID 为 '%(id)s' 的 %(what)s；'gcen list %(what)s' 会列出所有 ID。</translation>
        </message>
        <message>
            <source>The %(what)s '%(title)s' is private; set its visibility to team or network to share it.</source>
            <translation>%(what)s '%(title)s' 是私有的；请将其可见性设为团队或网络后再共享。</translation>
        </message>
        <message>
            <source>A %(what)s can be saved as %(allowed)s, not '%(format)s'; pick one of those.</source>
            <translation>%(what)s 可以保存为 %(allowed)s，但不能保存为 '%(format)s'；请从中选择一种。</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose an existing folder to save into.</source>
            <translation>文件夹 %(folder)s 不存在；请选择一个现有文件夹来保存。</translation>
        </message>
        <message>
            <source>Could not write %(name)s: %(reason)s; check the folder is writable and has space.</source>
            <translation>无法写入 %(name)s：%(reason)s；请检查该文件夹是否可写且有足够空间。</translation>
        </message>
        <message>
            <source>'%(zone)s' is not a time zone; give a name such as Asia/Seoul, Europe/Paris or America/New_York.</source>
            <translation>“%(zone)s”不是时区；请提供 Asia/Seoul、Europe/Paris 或 America/New_York 这样的名称。</translation>
        </message>
        <message>
            <source>The symposium '%(title)s' has no start date; set one so the agenda has days.</source>
            <translation>研讨会 '%(title)s' 没有开始日期；请设置开始日期，以便日程按天排列。</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; choose the time zone its times are in.</source>
            <translation>无法从主办城市得知“%(title)s”的时区；请选择其时间所在的时区。</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; import the bundle into it instead.</source>
            <translation>%(folder)s 中已有一个工作空间；请改为将数据包导入其中。</translation>
        </message>
        <message>
            <source>The bundle file changed after you checked it; choose it again, check who made it, then join.</source>
            <translation>您检查之后，数据包文件已被更改；请重新选择它，核实是谁制作的，然后再加入。</translation>
        </message>
        <message>
            <source>Enter your name, then join the workspace again.</source>
            <translation>请输入你的姓名，然后重新加入工作区。</translation>
        </message>
        <message>
            <source>This publication was larger than one file may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; each one is imported on its own.</source>
            <translation>此发布超过了单个文件的大小上限，因此写成了 %(count)d 个文件（共 %(size)s，从 %(first)s 到 %(last)s）：请全部发送；每个文件都可单独导入。</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %(records)s; make them smaller (or fewer tags, attachments or parts) and publish again.</source>
            <translation>没有发布能携带这些记录，因此它们留在本地，其余内容已发布：%(records)s；请缩小它们（或减少其标签、附件或组成部分）后再发布。</translation>
        </message>
        <message>
            <source>The receiving city's name is empty; give it after --for, or leave --for out to publish for the network hub.</source>
            <translation>接收城市的名称为空；请在 --for 后填写，或省略 --for 以发布给网络中心。</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the publication.</source>
            <translation>文件夹 %(folder)s 不存在；请为发布选择另一个位置。</translation>
        </message>
        <message>
            <source>This publication is this workspace's own; teammates exchange bundles instead.</source>
            <translation>这份发布来自本工作空间自身；队友之间请交换数据包。</translation>
        </message>
        <message>
            <source>This file mixes up a hub's digest and a city's publication (workspace %(ws)s); it was refused and nothing was changed.</source>
            <translation>此文件把中心的汇总与城市的发布混为一谈（工作区 %(ws)s）；已拒绝，未作任何更改。</translation>
        </message>
        <message>
            <source>This receipt names no city (or the hub), so it acknowledges nothing; it was refused and nothing was changed.</source>
            <translation>此回执没有指明城市（或指明的是网络中心），因此不确认任何内容；已拒绝，未做任何更改。</translation>
        </message>
        <message>
            <source>This receipt of %(city)s is for another workspace; it was refused and nothing was changed.</source>
            <translation>%(city)s 的这份回执是给另一个工作区的；已拒绝，未做任何更改。</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the receipt.</source>
            <translation>文件夹 %(folder)s 不存在；请为回执选择其他位置。</translation>
        </message>
        <message>
            <source>The city's name is empty; give the name (or the workspace id) of the city whose publications the receipt is for after --for.</source>
            <translation>城市名称为空；请在 --for 后填写回执所对应发布的城市名称（或其工作区 ID）。</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; a receipt is written for a city whose publication was imported here.</source>
            <translation>网络资料库中没有来自 %(city)s 的内容；回执只能写给其发布已导入此处的城市。</translation>
        </message>
        <message>
            <source>No key you trust for %(city)s signed this publication (key %(fingerprint)s); compare the fingerprint with that city's team, then import it again trusting the key.</source>
            <translation>这份发布不是由您信任的 %(city)s 的密钥签名的（密钥 %(fingerprint)s）；请与该城市的团队核对指纹，然后在信任该密钥的情况下重新导入。</translation>
        </message>
        <message>
            <source>The network library holds no publication %(rec)s; 'gcen network list' shows them.</source>
            <translation>网络资料库中没有发布 %(rec)s；'gcen network list' 会列出所有发布。</translation>
        </message>
        <message>
            <source>Several cities published a record with the id %(rec)s (%(cities)s); name the city with --city.</source>
            <translation>多个城市发布了标识为 %(rec)s 的记录（%(cities)s）；请用 --city 指明城市。</translation>
        </message>
        <message>
            <source>Only a practice can be adapted in a new plan; this is a %(type)s.</source>
            <translation>只有实践可以改编为新计划；这是一个 %(type)s。</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; 'gcen network list' shows the cities.</source>
            <translation>网络资料库中没有来自 %(city)s 的内容；“gcen network list”会列出各城市。</translation>
        </message>
        <message>
            <source>This digest has a line that names no city; it was refused and nothing was changed.</source>
            <translation>此汇总中有一行没有注明城市；已拒绝，未作任何更改。</translation>
        </message>
        <message>
            <source>This digest names a workspace as %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed (ask the hub's operator which one is %(city)s).</source>
            <translation>此汇总将一个工作区称为 %(city)s，但已有另一个工作区以 %(city)s 的名义发布；已拒绝，未作任何更改（请向中心的管理员确认哪一个是 %(city)s）。</translation>
        </message>
        <message>
            <source>This publication says it is from the workspace %(claimed)s, but the key that signed it speaks for %(city)s; it was refused and nothing was changed.</source>
            <translation>这份发布声称来自工作空间 %(claimed)s，但签名它的密钥代表 %(city)s；已被拒绝，没有任何更改。</translation>
        </message>
        <message>
            <source>This publication says it is from %(claimed)s, but its workspace publishes as %(city)s; it was refused and nothing was changed.</source>
            <translation>这份发布声称来自 %(claimed)s，但它的工作空间以 %(city)s 的名义发布；已被拒绝，没有任何更改。</translation>
        </message>
        <message>
            <source>This publication says it is from %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed.</source>
            <translation>这份发布声称来自 %(city)s，但已有另一个工作空间以 %(city)s 的名义发布；已被拒绝，没有任何更改。</translation>
        </message>
        <message>
            <source>This publication withdraws a record %(city)s never published here (%(rec)s); it was refused and nothing was changed.</source>
            <translation>这份发布撤回了 %(city)s 从未在此发布过的条目（%(rec)s）；已被拒绝，没有任何更改。</translation>
        </message>
        <message>
            <source>This publication changes the type of a record it published before (%(rec)s); it was refused and nothing was changed.</source>
            <translation>这份发布更改了它此前发布的条目的类型（%(rec)s）；已被拒绝，没有任何更改。</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only and holds no keys to sign a bundle with; copy it to a folder you can write to, then export from there.</source>
            <translation>%(folder)s 中的工作空间是只读的，且没有可用于签名数据包的密钥；请将其复制到你可以写入的文件夹，然后从那里导出。</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <source>No teammate is called '%(name)s' (known: %(known)s); import a bundle from them first, or export --team.</source>
            <translation>没有名为 '%(name)s' 的队友（已知：%(known)s）；请先导入其数据包，或使用 --team 导出。</translation>
        </message>
        <message>
            <source>Several teammates match '%(name)s'; give the store id shown by 'gcen peers' instead.</source>
            <translation>有多个队友与 '%(name)s' 匹配；请改为提供 'gcen peers' 显示的副本 ID。</translation>
        </message>
        <message>
            <source>%(teammate)s has sent no signed bundle yet; there is no key to trust.</source>
            <translation>%(teammate)s 尚未发送过签名的数据包；没有可信任的密钥。</translation>
        </message>
        <message>
            <source>There is no plan template '%(key)s'; choose one of: %(templates)s.</source>
            <translation>没有计划模板 '%(key)s'；请从以下之一中选择：%(templates)s。</translation>
        </message>
        <message>
            <source>The plan ends before it starts; put the end date after the start date.</source>
            <translation>计划的结束日期早于开始日期；请将结束日期设在开始日期之后。</translation>
        </message>
        <message>
            <source>Cannot sort by '%(order)s'.</source>
            <translation>无法按 '%(order)s' 排序。</translation>
        </message>
        <message>
            <source>'%(format)s' is not a reading-list format; use %(formats)s.</source>
            <translation>'%(format)s' 不是阅读材料列表格式；请使用 %(formats)s。</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist; check the name and folder.</source>
            <translation>文件 %(path)s 不存在；请检查文件名和文件夹。</translation>
        </message>
        <message>
            <source>%(shown)s and %(more)s more</source>
            <translation>%(shown)s，另有 %(more)s 条</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the 1 good one and leave these out (--skip-bad).</source>
            <translation>%(name)s 的 %(total)s 条记录中有 %(bad)s 条无法读取——%(shown)s；未导入任何内容。请修正它们，或只导入那 1 条有效记录并略过这些记录（--skip-bad）。</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the %(good)s good ones and leave these out (--skip-bad).</source>
            <translation>%(name)s 的 %(total)s 条记录中有 %(bad)s 条无法读取——%(shown)s；未导入任何内容。请修正它们，或只导入那 %(good)s 条有效记录并略过这些记录（--skip-bad）。</translation>
        </message>
        <message>
            <source>No record in %(name)s could be read — %(shown)s; nothing was imported.</source>
            <translation>%(name)s 中没有任何记录可以读取——%(shown)s；未导入任何内容。</translation>
        </message>
        <message>
            <source>No symposium has the id '%(id)s'; 'gcen list symposium' shows the ids.</source>
            <translation>没有 ID 为 '%(id)s' 的研讨会；'gcen list symposium' 会列出所有 ID。</translation>
        </message>
        <message>
            <source>No reading has the id '%(id)s'.</source>
            <translation>没有 ID 为 '%(id)s' 的阅读材料。</translation>
        </message>
        <message>
            <source>This workspace already holds the sample city team; start a new workspace to add it again.</source>
            <translation>此工作空间已包含示例城市团队；如需再次添加，请新建一个工作空间。</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; create it or choose another one.</source>
            <translation>文件夹 %(folder)s 不存在；请创建它或选择其他文件夹。</translation>
        </message>
        <message>
            <source>Choose a shared folder first.</source>
            <translation>请先选择一个共享文件夹。</translation>
        </message>
        <message>
            <source>The shared folder %(folder)s cannot be found; is the drive connected?</source>
            <translation>找不到共享文件夹 %(folder)s；驱动器是否已连接？</translation>
        </message>
        <message>
            <source>The workspace itself cannot be deleted.</source>
            <translation>工作空间本身不能删除。</translation>
        </message>
        <message>
            <source>That record could not be brought back from the trash; run 'gcen check' and tell the GCEN Desktop team if it reports a problem.</source>
            <translation>无法从回收站恢复该记录；请运行 'gcen check'，如果它报告问题，请告知 GCEN Desktop 团队。</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'.</source>
            <translation>没有 ID 为 '%(id)s' 的记录。</translation>
        </message>
        <message>
            <source>That record is not deleted; there is nothing to restore.</source>
            <translation>该记录未被删除；没有需要恢复的内容。</translation>
        </message>
        <message>
            <source>Its %(type)s '%(title)s' is in the trash; restore that first.</source>
            <translation>它所属的 %(type)s '%(title)s' 在回收站中；请先恢复它。</translation>
        </message>
        <message>
            <source>'%(title)s' is not in the trash; delete it first.</source>
            <translation>“%(title)s”不在回收站中；请先删除它。</translation>
        </message>
        <message>
            <source>That record has no deletion to dismiss.</source>
            <translation>该记录没有需要忽略的删除。</translation>
        </message>
        <message>
            <source>%(path)s is inside the workspace folder %(folder)s, whose files are the workspace's own; nothing was written, so give a file name in another folder.</source>
            <translation>%(path)s 位于工作区文件夹 %(folder)s 内，其中的文件属于工作区本身；未写入任何内容，请在其他文件夹中指定一个文件名。</translation>
        </message>
        <message>
            <source>Joining the workspace in %(folder)s was interrupted, so what is there is incomplete; join the workspace again into this folder from the bundle (what the interrupted join wrote is replaced), or choose another folder.</source>
            <translation>加入 %(folder)s 中的工作空间时被中断，因此其中的内容不完整；请从数据包将工作空间重新加入此文件夹（中断的加入所写入的内容会被替换），或选择其他文件夹。</translation>
        </message>
        <message>
            <source>The folder %(folder)s holds an unfinished workspace; run 'gcen init' there again.</source>
            <translation>文件夹 %(folder)s 中有一个未完成的工作空间；请在该处重新运行 'gcen init'。</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; open it or pick another folder.</source>
            <translation>%(folder)s 中已有一个工作空间；请打开它或选择其他文件夹。</translation>
        </message>
        <message>
            <source>A %(type)s is not created directly.</source>
            <translation>%(type)s 不能直接创建。</translation>
        </message>
        <message>
            <source>The workspace needs a name.</source>
            <translation>工作空间需要一个名称。</translation>
        </message>
        <message>
            <source>'%(kind)s' links go from %(start)s to %(to)s, not from %(first)s to %(second)s; check the order and the ids.</source>
            <translation>'%(kind)s' 链接是从 %(start)s 指向 %(to)s，而不是从 %(first)s 指向 %(second)s；请检查顺序和 ID。</translation>
        </message>
        <message>
            <source>any record</source>
            <translation>任意记录</translation>
        </message>
        <message>
            <source>Choose who you are first (Preferences, or 'gcen init --member NAME').</source>
            <translation>请先选择你是谁（首选项，或 'gcen init --member NAME'）。</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'; 'gcen list TYPE' shows the ids.</source>
            <translation>没有 ID 为 '%(id)s' 的记录；'gcen list TYPE' 会列出所有 ID。</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' is in the trash; restore it first.</source>
            <translation>%(type)s '%(title)s' 在回收站中；请先恢复它。</translation>
        </message>
        <message>
            <source>No %(type)s has the id '%(id)s'.</source>
            <translation>没有 ID 为 '%(id)s' 的 %(type)s。</translation>
        </message>
        <message>
            <source>'%(id)s' is a %(type)s, not a %(wanted)s.</source>
            <translation>'%(id)s' 是 %(type)s，而不是 %(wanted)s。</translation>
        </message>
        <message>
            <source>'%(field)s' names no existing record ('%(value)s').</source>
            <translation>'%(field)s' 指向的记录不存在（'%(value)s'）。</translation>
        </message>
        <message>
            <source>'%(field)s' must be a %(types)s, but '%(value)s' is a %(type)s.</source>
            <translation>'%(field)s' 必须是 %(types)s，但 '%(value)s' 是 %(type)s。</translation>
        </message>
        <message>
            <source>A tag cannot be empty.</source>
            <translation>标签不能为空。</translation>
        </message>
        <message>
            <source>The tag '%(tag)s…' is longer than %(limit)d characters; use a shorter one.</source>
            <translation>标签“%(tag)s…”超过 %(limit)d 个字符；请使用更短的标签。</translation>
        </message>
        <message>
            <source>The tag '%(tag)s' holds a character other teammates' stores cannot keep (a NUL, or a lone surrogate from a broken paste); type it again.</source>
            <translation>标签“%(tag)s”含有其他队友的副本无法保存的字符（NUL，或粘贴出错留下的孤立代理字符）；请重新输入。</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(reason)s), so nothing was changed; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>%(folder)s 中的工作空间已损坏（%(reason)s），因此没有做任何更改；请运行 'gcen check' 查看问题所在，然后从备份恢复工作空间文件夹，或从队友的完整数据包重新加入工作空间。</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so it takes no changes; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>%(folder)s 中的工作空间已损坏，因此不接受任何更改；请运行 'gcen check' 查看问题所在，然后从备份恢复工作空间文件夹，或从队友的完整数据包重新加入工作空间。</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so no bundle was written; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>%(folder)s 中的工作空间已损坏，因此没有写出数据包；请运行 'gcen check' 查看问题所在，然后从备份恢复工作空间文件夹，或从队友的完整数据包重新加入工作空间。</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(count)d stored changes no longer match their fingerprint), so no bundle was written; run 'gcen check', then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>%(folder)s 中的工作空间已损坏（%(count)d 条已存储的更改与其指纹不再相符），因此没有写出数据包；请运行 'gcen check'，然后从备份恢复工作空间文件夹，或从队友的完整数据包重新加入工作空间。</translation>
        </message>
        <message>
            <source>The bundle says record %(id)s is a %(other)s, but it is a %(known)s: the file is damaged or forged, so nothing was imported. Ask your teammate for a new bundle.</source>
            <translation>数据包称记录 %(id)s 是 %(other)s，但它其实是 %(known)s：该文件已损坏或被伪造，因此未导入任何内容。请向你的队友索取新的数据包。</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s; create one with 'gcen init --name NAME' or pick another folder with --workspace.</source>
            <translation>%(folder)s 中没有工作空间；请用 'gcen init --name NAME' 创建一个，或用 --workspace 选择其他文件夹。</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was made by an older version and cannot be brought up to date because the folder is read-only; copy it to a folder you can write to and open it there.</source>
            <translation>%(folder)s 中的工作空间由旧版本创建，由于文件夹是只读的，无法将其更新；请将其复制到你可以写入的文件夹，并在那里打开。</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace in %(folder)s, so nothing was changed; free some space, then try again.</source>
            <translation>%(folder)s 中的工作空间所在磁盘的可用空间不足，因此没有做任何更改；请释放一些空间，然后重试。</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was brought up to date by a newer version of GCEN Desktop, which this version cannot read; update GCEN Desktop, then open it again.</source>
            <translation>%(folder)s 中的工作空间已被更新版本的 GCEN Desktop 升级，此版本无法读取；请更新 GCEN Desktop，然后再次打开它。</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only (a backup copy, or a folder you may not change), so it can be read but not changed; copy it to a folder you can write to, or open your own workspace.</source>
            <translation>%(folder)s 中的工作空间是只读的（备份副本，或你无权修改的文件夹），因此只能读取、不能修改；请将其复制到你可以写入的文件夹，或打开你自己的工作空间。</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, but it says it comes from %(name)s's store, whose bundles are signed by another key, so it was refused; if %(name)s moved to a new computer, a bundle made there comes from a new store and is accepted once you trust its key.</source>
            <translation>此数据包由密钥 %(fingerprint)s%(signer)s 签名，但它声称来自 %(name)s 的副本，而该副本的数据包由另一个密钥签名，因此已被拒绝；如果 %(name)s 换了新电脑，在那里制作的数据包来自一个新副本，您信任其密钥后即可接受。</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, which speaks for another store, but it says it comes from %(name)s's store, so it was refused; %(name)s's own bundles are accepted once you trust their key.</source>
            <translation>此数据包由密钥 %(fingerprint)s%(signer)s 签名，该密钥代表另一个副本，但数据包声称来自 %(name)s 的副本，因此已被拒绝；信任 %(name)s 的密钥后，其本人的数据包将被接受。</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace '%(name)s', not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>此数据包属于另一个工作空间 '%(name)s'，而不属于本工作空间；请打开那个工作空间（或从空文件夹加入它）再导入，或将其记录作为副本导入。</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace, not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>此数据包属于另一个工作空间，而不属于本工作空间；请打开那个工作空间（或从空文件夹加入它）再导入，或将其记录作为副本导入。</translation>
        </message>
        <message>
            <source>This bundle holds changes made by a copy of a store that reuses another store's identity (a copied or restored workspace folder), so it was refused; ask the sender to export a new full bundle after opening their workspace in GCEN Desktop once more.</source>
            <translation>此数据包包含由某个工作空间副本所做的更改，而该副本重复使用了另一个副本的身份（被复制或恢复的工作空间文件夹），因此已拒绝；请让发送者在 GCEN Desktop 中再打开一次其工作空间后，重新导出一个完整数据包。</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, claims changes of this very workspace copy that it never made, and no key you trust signed it, so it was refused as forged or damaged; ask %(name)s for a bundle signed with their key.</source>
            <translation>此数据包声称来自 %(name)s，却声称包含本工作区副本从未做过的更改，而且没有您信任的密钥为其签名，因此已作为伪造或损坏的数据包被拒绝；请向 %(name)s 索取用其密钥签名的数据包。</translation>
        </message>
        <message>
            <source>This bundle is signed by a key this store does not trust yet (%(fingerprint)s); look at the preview, then import it once without trusting the key, or check the fingerprint with the sender and trust it.</source>
            <translation>此数据包由此副本尚未信任的密钥签名（%(fingerprint)s）；请查看预览，然后不信任密钥仅导入一次，或与发送者核对指纹后信任该密钥。</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, is not signed, so nothing shows who made it; look at the preview, then import it once if you know where it came from.</source>
            <translation>此数据包声称来自 %(name)s，但没有签名，无法看出是谁制作的；请查看预览，如果您知道它的来源，再仅导入一次。</translation>
        </message>
        <message>
            <source>This encrypted bundle's header is damaged; copy the file again or ask the sender for a new one.</source>
            <translation>此加密数据包的文件头已损坏；请重新复制文件，或向发送者索取新的数据包。</translation>
        </message>
        <message>
            <source>This encrypted bundle is damaged or incomplete (it does not decrypt); copy the file again or ask the sender for a new one.</source>
            <translation>此加密数据包已损坏或不完整（无法解密）；请重新复制文件，或向发送者索取新的数据包。</translation>
        </message>
        <message>
            <source>The passphrase is empty; type a passphrase, or export without one.</source>
            <translation>口令为空；请输入口令，或不设口令导出。</translation>
        </message>
        <message>
            <source>This bundle would be %(size)s, more than the %(limit)s a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>此数据包将达到 %(size)s，超过了数据包允许的 %(limit)s；请为一位队友导出，而不是导出完整数据包。</translation>
        </message>
        <message>
            <source>The bundle could not be written (%(reason)s); check that the destination has free space and is writable, then export again.</source>
            <translation>无法写入数据包（%(reason)s）；请检查目标位置是否有可用空间且可写，然后重新导出。</translation>
        </message>
        <message>
            <source>The file name %(name)s is too long for this folder (a bundle's name may have %(most)d bytes here); give a shorter name, then export again.</source>
            <translation>文件名 %(name)s 对此文件夹来说太长（此处数据包的名称最多 %(most)d 字节）；请使用更短的名称，然后重新导出。</translation>
        </message>
        <message>
            <source>'%(key)s' is not a teammate's public key (it starts with age1); check the key and export again.</source>
            <translation>'%(key)s' 不是队友的公钥（公钥以 age1 开头）；请检查该密钥后重新导出。</translation>
        </message>
        <message>
            <source>The bundle read back from the destination differs from what was written, so it was removed; try another USB stick or folder.</source>
            <translation>从目标位置读回的数据包与写入的内容不同，因此已被删除；请换一个 U 盘或文件夹试试。</translation>
        </message>
        <message>
            <source>This bundle would be larger than a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>此数据包将超过数据包允许的大小；请为一位队友导出，而不是导出完整数据包。</translation>
        </message>
        <message>
            <source>This bundle would hold %(count)d attachments, more than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>此数据包将包含 %(count)d 个附件，超过了数据包允许的数量；请为一位队友导出，而不是导出完整数据包。</translation>
        </message>
        <message>
            <source>This bundle would carry more changes than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>此数据包将包含的更改超过了数据包允许的数量；请为一位队友导出，而不是导出完整数据包。</translation>
        </message>
        <message>
            <source>The change to record %(id)s is larger than a bundle may carry (%(size)s); shorten that record and export again.</source>
            <translation>对记录 %(id)s 的更改超过了数据包可携带的大小（%(size)s）；请缩短该记录后重新导出。</translation>
        </message>
        <message>
            <source>The attachment %(name)s is larger than the %(limit)s a bundle may carry; share it another way.</source>
            <translation>附件 %(name)s 超过了数据包可携带的 %(limit)s；请用其他方式分享它。</translation>
        </message>
        <message>
            <source>The attachment file %(name)s no longer matches its recorded content (it was changed or damaged on disk); restore it or remove the attachment, then export again.</source>
            <translation>附件文件 %(name)s 已与记录的内容不符（它在磁盘上被修改或损坏）；请恢复它或移除该附件，然后重新导出。</translation>
        </message>
        <message>
            <source>This bundle's description would be larger than a bundle allows; export for one teammate instead of a full bundle.</source>
            <translation>此数据包的描述将超过数据包允许的大小；请为一位队友导出，而不是导出完整数据包。</translation>
        </message>
        <message>
            <source>The bundle did not read back as written; check the disk and export again.</source>
            <translation>读回的数据包与写入的内容不一致；请检查磁盘后重新导出。</translation>
        </message>
        <message>
            <source>This encrypted bundle has an oversized header, so it was refused; do not open it, and tell the sender.</source>
            <translation>此加密数据包的文件头过大，因此已拒绝；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This bundle is wrapped in more layers of encryption than bundles ever use, so it was refused; do not open it, and tell the sender.</source>
            <translation>此数据包的加密层数超过了数据包会使用的数量，因此已拒绝；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This bundle is encrypted in a way GCEN Desktop does not use (no teammate key, no passphrase); ask the sender to export it again.</source>
            <translation>此数据包的加密方式不是 GCEN Desktop 使用的方式（没有队友密钥，也没有口令）；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle's passphrase protection asks for far more computing work (2^%(work)s) than GCEN Desktop spends, so it was refused; ask the sender to export it again.</source>
            <translation>此数据包的口令保护要求的计算量（2^%(work)s）远超 GCEN Desktop 愿意投入的量，因此已拒绝；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>The identity given is not an age secret key (it starts with AGE-SECRET-KEY-1); check the identity file and try again.</source>
            <translation>所给的身份不是 age 私钥（私钥以 AGE-SECRET-KEY-1 开头）；请检查身份文件后重试。</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a regular file; nothing was written, so give a file name in it.</source>
            <translation>%(path)s 是文件夹，不是普通文件；未写入任何内容，请在其中指定一个文件名。</translation>
        </message>
        <message>
            <source>%(path)s is not a regular file (a device or a pipe); nothing was written there, so give a file name instead.</source>
            <translation>%(path)s 不是普通文件（而是设备或管道）；未向其写入任何内容，请改为指定一个文件名。</translation>
        </message>
        <message>
            <source>This bundle file cannot be used; ask the sender for a new one.</source>
            <translation>此数据包文件无法使用；请向发送者索取新的数据包。</translation>
        </message>
        <message>
            <source>This bundle file is incomplete (it was cut short, perhaps while copying); copy it again or ask the sender for a new one.</source>
            <translation>此数据包文件不完整（它被截断了，可能是在复制时）；请重新复制，或向发送者索取新的数据包。</translation>
        </message>
        <message>
            <source>This file is not a GCEN bundle; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>此文件不是 GCEN 数据包；请选择由 GCEN Desktop 导出的 .gcen 文件。</translation>
        </message>
        <message>
            <source>This bundle is larger than GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>此数据包超过了 GCEN Desktop 接受的大小；请让发送者只为你导出，而不是导出完整数据包。</translation>
        </message>
        <message>
            <source>This bundle file is built in a way that could harm your computer and was refused; do not open it, and tell the sender.</source>
            <translation>此数据包文件的构造方式可能危害你的计算机，已被拒绝；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This bundle file is damaged; ask the sender to export it again.</source>
            <translation>此数据包文件已损坏；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle's signature does not match its contents, so it may have been altered; do not import it, and ask the sender to export it again.</source>
            <translation>此数据包的签名与其内容不符，因此它可能已被篡改；请不要导入，并让发送者重新导出。</translation>
        </message>
        <message>
            <source>The passphrase does not unlock this bundle; check it with the sender and try again.</source>
            <translation>口令无法解锁此数据包；请与发送者核对后重试。</translation>
        </message>
        <message>
            <source>This bundle is protected by a passphrase; enter the passphrase the sender gave you.</source>
            <translation>此数据包受口令保护；请输入发送者给你的口令。</translation>
        </message>
        <message>
            <source>This bundle is encrypted for other teammates' keys, not yours; ask the sender to export it again for you.</source>
            <translation>此数据包是为其他队友的密钥加密的，而不是你的；请让发送者为你重新导出。</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>此数据包由更新版本的 GCEN Desktop 制作；请更新 GCEN Desktop 后重新导入。</translation>
        </message>
        <message>
            <source>This bundle uses a feature this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>此数据包使用了本版本 GCEN Desktop 不认识的功能；请更新 GCEN Desktop 后重新导入。</translation>
        </message>
        <message>
            <source>Cancelled; no bundle file was written.</source>
            <translation>已取消；未写入任何数据包文件。</translation>
        </message>
        <message>
            <source>The bundle could not be written; check that the destination has free space and is writable, then export again.</source>
            <translation>无法写入数据包；请检查目标位置是否有可用空间且可写，然后重新导出。</translation>
        </message>
        <message>
            <source>The workspace changed while the bundle was read; import the bundle again.</source>
            <translation>读取数据包时工作空间发生了变化；请重新导入该数据包。</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>已取消导入；没有任何更改。</translation>
        </message>
        <message>
            <source>This bundle from %(name)s deletes %(count)s records, so it was not imported automatically; open it with Import to look at the preview first.</source>
            <translation>来自 %(name)s 的此数据包会删除 %(count)s 条记录，因此没有自动导入；请用“导入”打开它，先查看预览。</translation>
        </message>
        <message>
            <source>The key files in %(folder)s are damaged; restore them from a backup, or move them away so that new keys are made (teammates will then have to trust the new key).</source>
            <translation>%(folder)s 中的密钥文件已损坏；请从备份中恢复它们，或将它们移走以生成新的密钥（之后队友需要信任新的密钥）。</translation>
        </message>
        <message>
            <source>This publication is not signed, so nobody can tell which city made it; ask that city to publish again from GCEN Desktop.</source>
            <translation>这份发布没有签名，因此无法确定是哪个城市制作的；请该城市从 GCEN Desktop 重新发布。</translation>
        </message>
        <message>
            <source>This publication carries a record its city kept to its team or private, so it was refused and nothing was changed; tell that city.</source>
            <translation>这份发布包含其城市仅限团队或设为私有的条目，因此已被拒绝，没有任何更改；请告知该城市。</translation>
        </message>
        <message>
            <source>The file could not be read (%(reason)s); check it and try again.</source>
            <translation>无法读取该文件（%(reason)s）；请检查后重试。</translation>
        </message>
        <message>
            <source>This publication could not be checked, so it was refused; ask the city that made it to publish again.</source>
            <translation>无法检查这份发布，因此已被拒绝；请制作它的城市重新发布。</translation>
        </message>
        <message>
            <source>This file is not a network publication; a teammate's bundle is imported with 'gcen import'.</source>
            <translation>此文件不是网络发布；队友的数据包请用 'gcen import' 导入。</translation>
        </message>
        <message>
            <source>This publication gives no format version this program knows; ask the city that made it to publish again.</source>
            <translation>这份发布没有给出本程序认识的格式版本；请制作它的城市重新发布。</translation>
        </message>
        <message>
            <source>This publication uses format %(format)s, made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>这份发布使用格式 %(format)s，由更新版本的 GCEN Desktop 制作；请更新 GCEN Desktop 后重新导入。</translation>
        </message>
        <message>
            <source>This publication needs features this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>这份发布需要此版本 GCEN Desktop 不认识的功能；请更新 GCEN Desktop 后重新导入。</translation>
        </message>
        <message>
            <source>This publication was made by a newer GCEN Desktop (format %(format)s) and holds what this version cannot read; update GCEN Desktop and import it again.</source>
            <translation>此发布由更新版本的 GCEN Desktop 制作（格式 %(format)s），包含此版本无法读取的内容；请更新 GCEN Desktop，然后再次导入。</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged; ask the city that made it to publish again.</source>
            <translation>这份发布的说明（清单）已损坏；请制作它的城市重新发布。</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>这份发布的说明（清单）已损坏（%(detail)s）；请制作它的城市重新发布。</translation>
        </message>
        <message>
            <source>a text holds a NUL character.</source>
            <translation>某段文本包含 NUL 字符。</translation>
        </message>
        <message>
            <source>Line %(line)d of this publication is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>这份发布的第 %(line)d 行已损坏（%(detail)s）；请制作它的城市重新发布。</translation>
        </message>
        <message>
            <source>This publication holds records of a kind this version of GCEN Desktop does not know (%(type)s); update GCEN Desktop and import it again.</source>
            <translation>此发布包含此版本的 GCEN Desktop 不认识的记录类型（%(type)s）；请更新 GCEN Desktop，然后再次导入。</translation>
        </message>
        <message>
            <source>This publication names a record of type %(type)s, which cities do not publish; ask the city that made it to publish again.</source>
            <translation>这份发布包含类型为 %(type)s 的条目，而城市不发布此类条目；请制作它的城市重新发布。</translation>
        </message>
        <message>
            <source>This publication holds a choice this version of GCEN Desktop does not know (%(value)s, for %(field)s); update GCEN Desktop and import it again.</source>
            <translation>此发布包含此版本的 GCEN Desktop 不认识的选项（%(field)s 的 %(value)s）；请更新 GCEN Desktop，然后再次导入。</translation>
        </message>
        <message>
            <source>'%(field)s' is not a name.</source>
            <translation>'%(field)s' 不是一个名称。</translation>
        </message>
        <message>
            <source>a name is too long or holds a NUL character.</source>
            <translation>名称过长或包含 NUL 字符。</translation>
        </message>
        <message>
            <source>This bundle file could not be checked, so it was refused; ask the sender to export it again.</source>
            <translation>无法检查此数据包文件，因此已拒绝；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>The bundle could not be read (%(reason)s); check the file and try again.</source>
            <translation>无法读取该数据包（%(reason)s）；请检查文件后重试。</translation>
        </message>
        <message>
            <source>There is not enough free disk space to check this bundle; free some disk space and import it again.</source>
            <translation>磁盘可用空间不足，无法检查此数据包；请释放一些磁盘空间后重新导入。</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a bundle file; choose a .gcen file.</source>
            <translation>%(path)s 是文件夹，不是数据包文件；请选择一个 .gcen 文件。</translation>
        </message>
        <message>
            <source>This bundle file is empty; copy it again or ask the sender for a new one.</source>
            <translation>此数据包文件是空的；请重新复制，或向发送者索取新的数据包。</translation>
        </message>
        <message>
            <source>The file %(path)s cannot be read (%(reason)s); check it and try again.</source>
            <translation>无法读取文件 %(path)s（%(reason)s）；请检查后重试。</translation>
        </message>
        <message>
            <source>This bundle file is larger than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>此数据包文件超过了 GCEN Desktop 接受的 %(limit)s；请让发送者只为你导出，而不是导出完整数据包。</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is damaged: %(detail)s; ask the sender to export it again.</source>
            <translation>此数据包的描述（清单）已损坏：%(detail)s；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>it %(problem)s</source>
            <translation>它%(problem)s</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: its description (manifest) holds %(field)s, which this version does not know; update GCEN Desktop and import it again.</source>
            <translation>此数据包由更新版本的 GCEN Desktop 制作：其说明（清单）包含此版本不认识的 %(field)s；请更新 GCEN Desktop，然后再次导入。</translation>
        </message>
        <message>
            <source>it gives no format version this program knows</source>
            <translation>它没有给出本程序认识的格式版本</translation>
        </message>
        <message>
            <source>one that reads bundle format %(major)s</source>
            <translation>能读取数据包格式 %(major)s 的版本</translation>
        </message>
        <message>
            <source>This bundle uses format %(format)s, made by a newer GCEN Desktop; it needs version &gt;= %(needed)s: update GCEN Desktop and import it again.</source>
            <translation>此数据包使用格式 %(format)s，由更新版本的 GCEN Desktop 制作；需要版本 &gt;= %(needed)s：请更新 GCEN Desktop 后重新导入。</translation>
        </message>
        <message>
            <source>its required features are not a list of names</source>
            <translation>其必需功能不是一个名称列表</translation>
        </message>
        <message>
            <source>This bundle needs features this version of GCEN Desktop does not know (%(features)s); update GCEN Desktop and import it again.</source>
            <translation>此数据包需要本版本 GCEN Desktop 不认识的功能（%(features)s）；请更新 GCEN Desktop 后重新导入。</translation>
        </message>
        <message>
            <source>This bundle holds files its description (manifest) does not list; ask the sender to export it again.</source>
            <translation>此数据包包含其描述（清单）中未列出的文件；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle is missing files its description (manifest) lists; ask the sender to export it again.</source>
            <translation>此数据包缺少其描述（清单）中列出的文件；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>The file %(name)s in this bundle does not have the size its description (manifest) gives; ask the sender to export it again.</source>
            <translation>此数据包中的文件 %(name)s 的大小与其描述（清单）中给出的不符；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle carries %(count)d changes, more than the %(limit)d a bundle may carry; ask the sender to export for you only instead of a full bundle.</source>
            <translation>此数据包包含 %(count)d 项更改，超过了一个数据包最多可包含的 %(limit)d 项；请让发送者只为你导出，而不是导出完整数据包。</translation>
        </message>
        <message>
            <source>An attachment in this bundle does not have the content its name promises; ask the sender to export it again.</source>
            <translation>此数据包中某个附件的内容与其名称不符；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle is longer than the %(limit)s a line may be; ask the sender to export it again.</source>
            <translation>此数据包中的第 %(n)d 项更改超过了一行最多允许的 %(limit)s；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle %(problem)s; ask the sender to export it again.</source>
            <translation>此数据包中的第 %(n)d 项更改%(problem)s；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: change %(n)d in it is of a kind this version does not know (%(op)s); update GCEN Desktop and import it again.</source>
            <translation>此数据包由更新版本的 GCEN Desktop 制作：其中第 %(n)d 项更改属于此版本不认识的类型（%(op)s）；请更新 GCEN Desktop，然后再次导入。</translation>
        </message>
        <message>
            <source>is not valid (%(reason)s)</source>
            <translation>无效（%(reason)s）</translation>
        </message>
        <message>
            <source>does not match its own hash (h), so it was altered or damaged</source>
            <translation>与其自身的哈希（h）不符，因此已被篡改或损坏</translation>
        </message>
        <message>
            <source>has a '%(field)s' that contains a NUL character, which other teammates' stores cannot hold</source>
            <translation>的 '%(field)s' 包含 NUL 字符，队友的副本无法保存它</translation>
        </message>
        <message>
            <source>names a version made by a store whose id is not one</source>
            <translation>指明了一个由标识无效的存储创建的版本</translation>
        </message>
        <message>
            <source>names the store that made it with an id that is not one</source>
            <translation>用一个无效的标识指明创建它的存储</translation>
        </message>
        <message>
            <source>has a time (hlc) that is not in the form every store writes</source>
            <translation>带有的时间（hlc）不是每个存储写入的格式</translation>
        </message>
        <message>
            <source>is about a record whose id is not one (a UUID)</source>
            <translation>涉及一条标识无效（不是 UUID）的记录</translation>
        </message>
        <message>
            <source>has a hash (h) that is not a SHA-256</source>
            <translation>带有的哈希（h）不是 SHA-256</translation>
        </message>
        <message>
            <source>is about a record type %(type)s that is not a name</source>
            <translation>涉及的记录类型 %(type)s 不是有效的名称</translation>
        </message>
        <message>
            <source>is an edit without fields, or with a deletion's fields</source>
            <translation>是一个没有字段或带有删除字段的编辑</translation>
        </message>
        <message>
            <source>is a deletion without the versions it saw, or with an edit's fields</source>
            <translation>是一个缺少其所见版本或带有编辑字段的删除</translation>
        </message>
        <message>
            <source>names a field %(field)s that a %(type)s does not have</source>
            <translation>提到了 %(type)s 没有的字段 %(field)s</translation>
        </message>
        <message>
            <source>sets a field %(field)s that is not a name</source>
            <translation>设置的字段 %(field)s 不是有效的名称</translation>
        </message>
        <message>
            <source>has a '%(field)s' longer than %(limit)d characters</source>
            <translation>中的 '%(field)s' 超过了 %(limit)d 个字符</translation>
        </message>
        <message>
            <source>gives '%(field)s' a value of the wrong kind</source>
            <translation>给 '%(field)s' 的值类型不对</translation>
        </message>
        <message>
            <source>has an empty '%(field)s', which a %(type)s must have</source>
            <translation>中的 '%(field)s' 为空，而 %(type)s 必须有该字段</translation>
        </message>
        <message>
            <source>has a bad value: %(reason)s</source>
            <translation>有一个错误的值：%(reason)s</translation>
        </message>
        <message>
            <source>holds a number that is not a number (NaN or Infinity)</source>
            <translation>包含一个不是数字的数字（NaN 或 Infinity）</translation>
        </message>
        <message>
            <source>holds text that is not valid JSON (%(error)s)</source>
            <translation>包含不是有效 JSON 的文本（%(error)s）</translation>
        </message>
        <message>
            <source>holds text that is not valid Unicode (a lone surrogate)</source>
            <translation>包含不是有效 Unicode 的文本（孤立的代理项）</translation>
        </message>
        <message>
            <source>This bundle's list of changes does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>此数据包的更改列表与其描述中的指纹（SHA-256）不符，因此已被篡改或损坏；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle's attachment %(attachment)s… does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>此数据包的附件 %(attachment)s… 与其描述中的指纹（SHA-256）不符，因此已被篡改或损坏；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle's list of changes ends in the middle of a line; ask the sender to export it again.</source>
            <translation>此数据包的更改列表在一行的中间结束；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle carries more changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>此数据包包含的更改多于其描述所说的数量（%(expected)d）；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle carries fewer changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>此数据包包含的更改少于其描述所说的数量（%(expected)d）；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the copy that lets you undo this import, so nothing was imported; free some space on the disk of the workspace (it needs about %(size)s), then import again.</source>
            <translation>可用空间不足（或磁盘出错），无法保存用于撤销此次导入的副本，因此没有导入任何内容；请在工作空间所在的磁盘上释放一些空间（约需 %(size)s），然后重新导入。</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the record that lets you undo this import, so nothing was imported; free some space on the disk of the workspace, then import again.</source>
            <translation>可用空间不足（或磁盘出错），无法保存用于撤销此次导入的记录，因此没有导入任何内容；请在工作空间所在的磁盘上释放一些空间，然后重新导入。</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace to undo the import, so nothing was changed; free some space (about %(size)s), then undo it again.</source>
            <translation>工作空间所在磁盘的可用空间不足，无法撤销导入，因此没有做任何更改；请释放一些空间（约 %(size)s），然后再次撤销。</translation>
        </message>
        <message>
            <source>Another program is changing the workspace, so the import was not undone; close it (or wait for it to finish), then undo the import again.</source>
            <translation>另一个程序正在修改工作空间，因此导入没有被撤销；请关闭该程序（或等待它完成），然后再次撤销导入。</translation>
        </message>
        <message>
            <source>GCEN Desktop could not start the process that reads the bundle; try again, and restart GCEN Desktop if it happens again.</source>
            <translation>GCEN Desktop 无法启动读取数据包的进程；请重试，如果再次发生，请重新启动 GCEN Desktop。</translation>
        </message>
        <message>
            <source>The bundle could not be read to the end (the reading process stopped); import it again, and if that fails ask the sender to export it again.</source>
            <translation>无法将数据包读到末尾（读取进程已停止）；请重新导入，如仍失败，请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This file is a kind of ZIP archive that GCEN Desktop never writes; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>此文件是 GCEN Desktop 从不写入的一种 ZIP 归档；请选择由 GCEN Desktop 导出的 .gcen 文件。</translation>
        </message>
        <message>
            <source>This file is a multi-part ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>此文件是分卷 ZIP 归档，不是 GCEN 数据包；请选择一个 .gcen 文件。</translation>
        </message>
        <message>
            <source>This bundle file has extra bytes after its end; ask the sender to export it again.</source>
            <translation>此数据包文件在结尾之后还有多余的字节；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle's table of contents is not where it should be; ask the sender to export it again.</source>
            <translation>此数据包的目录不在应在的位置；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle claims to hold %(count)d files, more than the %(limit)d a bundle may hold, so it was refused; do not open it, and tell the sender.</source>
            <translation>此数据包声称包含 %(count)d 个文件，超过了数据包最多可包含的 %(limit)d 个，因此已拒绝；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This file is an empty ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>此文件是空的 ZIP 归档，不是 GCEN 数据包；请选择一个 .gcen 文件。</translation>
        </message>
        <message>
            <source>This bundle's table of contents is damaged; ask the sender to export it again.</source>
            <translation>此数据包的目录已损坏；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>A file inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>此数据包中的某个文件已损坏；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle holds a file with an overlong name, which bundles never have; do not open it, and tell the sender.</source>
            <translation>此数据包包含一个名称过长的文件，而数据包从不会这样；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This bundle holds a file whose name is not readable text, which bundles never have; do not open it, and tell the sender.</source>
            <translation>此数据包包含一个名称不是可读文本的文件，而数据包从不会这样；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This bundle holds a file named %(name)s that points outside its own folder (an absolute path or '..'), so it was refused; do not open it, and tell the sender.</source>
            <translation>此数据包包含一个名为 %(name)s 的文件，它指向自身文件夹之外（绝对路径或 '..'），因此已拒绝；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This bundle holds two files with the same name (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>此数据包包含两个同名文件（%(name)s），可借此将一个藏在另一个后面，因此已拒绝；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This bundle holds two files with names that differ only in upper/lower case (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>此数据包包含两个名称仅大小写不同的文件（%(name)s），可借此将一个藏在另一个后面，因此已拒绝；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This ZIP archive uses ZIP passwords, which GCEN bundles never use; choose a .gcen file.</source>
            <translation>此 ZIP 归档使用了 ZIP 密码，而 GCEN 数据包从不使用；请选择一个 .gcen 文件。</translation>
        </message>
        <message>
            <source>This file is a ZIP archive that GCEN Desktop did not write; choose a .gcen file.</source>
            <translation>此文件是一个并非由 GCEN Desktop 写入的 ZIP 归档；请选择一个 .gcen 文件。</translation>
        </message>
        <message>
            <source>This ZIP archive uses a compression method GCEN bundles never use; choose a .gcen file.</source>
            <translation>此 ZIP 归档使用了 GCEN 数据包从不使用的压缩方法；请选择一个 .gcen 文件。</translation>
        </message>
        <message>
            <source>A file inside this bundle would expand %(times)d times (a 'zip bomb'), so it was refused; do not open it, and tell the sender.</source>
            <translation>此数据包中的某个文件解压后会膨胀 %(times)d 倍（“zip 炸弹”），因此已拒绝；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This bundle holds a file %(name)s that does not belong in a bundle; ask the sender to export it again.</source>
            <translation>此数据包包含一个不属于数据包的文件 %(name)s；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle has no list of changes in it; ask the sender to export it again.</source>
            <translation>此数据包中没有更改列表；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>此数据包解压后为 %(size)s，超过了 GCEN Desktop 接受的 %(limit)s；请让发送者只为你导出，而不是导出完整数据包。</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s and there is not enough free disk space to check it safely; free some disk space and import it again.</source>
            <translation>此数据包解压后为 %(size)s，磁盘可用空间不足以安全地检查它；请释放一些磁盘空间后重新导入。</translation>
        </message>
        <message>
            <source>This bundle's files overlap one another inside the archive (a 'zip bomb' trick), so it was refused; do not open it, and tell the sender.</source>
            <translation>此数据包中的文件在归档内相互重叠（一种“zip 炸弹”手法），因此已拒绝；请不要打开它，并告知发送者。</translation>
        </message>
        <message>
            <source>This bundle's list of changes is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>此数据包的更改列表为 %(size)s，超过了 GCEN Desktop 接受的 %(limit)s；请让发送者只为你导出，或用其他方式分享该文件。</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>此数据包的描述（清单）为 %(size)s，超过了 GCEN Desktop 接受的 %(limit)s；请让发送者只为你导出，或用其他方式分享该文件。</translation>
        </message>
        <message>
            <source>This bundle's attachment is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>此数据包的附件为 %(size)s，超过了 GCEN Desktop 接受的 %(limit)s；请让发送者只为你导出，或用其他方式分享该文件。</translation>
        </message>
        <message>
            <source>The file %(name)s inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>此数据包中的文件 %(name)s 已损坏；请让发送者重新导出。</translation>
        </message>
        <message>
            <source>A session ends after it starts: give an end time after %(start)s, or leave it empty.</source>
            <translation>环节必须在开始之后结束：请填写晚于 %(start)s 的结束时间，或留空。</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>System</source>
            <translation>시스템</translation>
        </message>
        <message>
            <source>About GCEN Desktop</source>
            <translation>GCEN Desktop 정보</translation>
        </message>
        <message>
            <source>An offline workspace for city teams of a network of urban school systems: notes, readings, action plans and symposia, shared as bundle files.</source>
            <translation>도시 교육 시스템 네트워크의 도시 팀을 위한 오프라인 작업 공간: 노트, 읽기 자료, 실행 계획, 심포지엄을 번들 파일로 공유합니다.</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>버전</translation>
        </message>
        <message>
            <source>Copy versions</source>
            <translation>버전 복사</translation>
        </message>
        <message>
            <source>Copy versions to the clipboard</source>
            <translation>버전 정보를 클립보드에 복사</translation>
        </message>
    </context>
    <context>
        <name>ActionDelegate</name>
        <message>
            <source>Person</source>
            <translation>사람</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>마감일</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>실행 항목</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Action</source>
            <translation>실행 항목</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>실무 책임자</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>최종 책임자</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>마감</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>마일스톤</translation>
        </message>
        <message>
            <source>Overdue since %s</source>
            <translation>%s부터 기한 지남</translation>
        </message>
        <message>
            <source>Edit action %s</source>
            <translation>실행 항목 %s 편집</translation>
        </message>
        <message>
            <source>Move action</source>
            <translation>실행 항목 이동</translation>
        </message>
    </context>
    <context>
        <name>ActionTableView</name>
        <message>
            <source>Actions of the goal</source>
            <translation>목표의 실행 항목</translation>
        </message>
    </context>
    <context>
        <name>AddReadingDialog</name>
        <message>
            <source>Add a reading</source>
            <translation>읽기 자료 추가</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>저자</translation>
        </message>
        <message>
            <source>Last, First; Last, First</source>
            <translation>성, 이름; 성, 이름</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>웹 주소</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>태그(쉼표로 구분)</translation>
        </message>
        <message>
            <source>You can add the abstract, why it matters and the PDF after adding it.</source>
            <translation>초록, 중요한 이유, PDF는 추가한 뒤에 넣을 수 있습니다.</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>읽기 자료 추가</translation>
        </message>
        <message>
            <source>This looks like a reading already in the list (same title, DOI or web address): %s. Add it anyway?</source>
            <translation>목록에 이미 있는 읽기 자료 같습니다(제목, DOI 또는 웹 주소가 같음): %s. 그래도 추가할까요?</translation>
        </message>
        <message>
            <source>The reading needs a title</source>
            <translation>읽기 자료에 제목이 필요합니다</translation>
        </message>
        <message>
            <source>Type the title, then press Add reading.</source>
            <translation>제목을 입력한 뒤 읽기 자료 추가를 누르세요.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>중복 가능성</translation>
        </message>
        <message>
            <source>Add anyway</source>
            <translation>그래도 추가</translation>
        </message>
    </context>
    <context>
        <name>AgendaDelegate</name>
        <message>
            <source>Kind of session</source>
            <translation>세션 종류</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation>일정</translation>
        </message>
        <message>
            <source>No sessions yet. Add the site visits, exchanges and expert talks with “Add session”; double-click a cell to change it.</source>
            <translation>아직 세션이 없습니다. “세션 추가”로 현장 방문, 교류, 전문가 강연을 추가하세요. 셀을 두 번 클릭하면 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>세션 추가</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>세션 삭제</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <source>%1 over %2, %3</source>
            <comment>sessions over days, site visits</comment>
            <translation>%2 동안 %1, %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sessions</source>
            <translation>
                <numerusform>세션 %Ln개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln일</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln site visits</source>
            <translation>
                <numerusform>현장 방문 %Ln회</numerusform>
            </translation>
        </message>
        <message>
            <source>New session</source>
            <translation>새 세션</translation>
        </message>
        <message>
            <source>Delete sessions</source>
            <translation>세션 삭제</translation>
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Day</source>
            <translation>일차</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>세션</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>종료 시각</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>Day %d</source>
            <translation>%d일차</translation>
        </message>
        <message>
            <source>Edit session %s</source>
            <translation>세션 %s 편집</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>Could not do that</source>
            <translation>작업을 할 수 없습니다</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>문제가 발생했습니다</translation>
        </message>
        <message>
            <source>The operation did not complete and nothing was changed. If it happens again, send this to the team:

%s</source>
            <translation>작업이 완료되지 않았고 아무것도 바뀌지 않았습니다. 다시 발생하면 다음 내용을 팀에 보내 주세요:

%s</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attachments</source>
            <translation>첨부 파일</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>파일 첨부…</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>파일 첨부</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Open the selected file</source>
            <translation>선택한 파일 열기</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <source>Remove the selected file from this record</source>
            <translation>이 항목에서 선택한 파일 제거</translation>
        </message>
        <message>
            <source>The file stays in the workspace; Undo attaches it again.</source>
            <translation>파일은 작업 공간에 남아 있으며, 실행 취소로 다시 첨부할 수 있습니다.</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>첨부된 파일</translation>
        </message>
        <message>
            <source>No files yet. Attach a PDF or a document to keep it with this record.</source>
            <translation>아직 파일이 없습니다. PDF나 문서를 첨부해 이 항목과 함께 보관하세요.</translation>
        </message>
        <message>
            <source>Attached %s.</source>
            <translation>%s을(를) 첨부했습니다.</translation>
        </message>
        <message>
            <source>Attach %s</source>
            <translation>%s 첨부</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md);;All files (*)</source>
            <translation>문서 (*.pdf *.docx *.doc *.odt *.txt *.md);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>파일을 열 수 없습니다</translation>
        </message>
        <message>
            <source>No program on this computer opens this kind of file. Install a viewer and try again.</source>
            <translation>이 컴퓨터에는 이 종류의 파일을 여는 프로그램이 없습니다. 뷰어를 설치한 뒤 다시 시도하세요.</translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln files</source>
            <translation>
                <numerusform>파일 %Ln개 제거</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln files from this record. Undo attaches them again.</source>
            <translation>
                <numerusform>이 기록에서 파일 %Ln개를 제거했습니다. 실행 취소하면 다시 첨부됩니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove %s</source>
            <translation>%s 제거</translation>
        </message>
        <message>
            <source>Removed %s from this record. Undo attaches it again.</source>
            <translation>이 항목에서 %s을(를) 제거했습니다. 실행 취소로 다시 첨부할 수 있습니다.</translation>
        </message>
        <message>
            <source>Remove from this record</source>
            <translation>이 항목에서 제거</translation>
        </message>
    </context>
    <context>
        <name>BoardColumnModel</name>
        <message>
            <source>due %s</source>
            <translation>마감 %s</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>%s(으)로 표시</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Tick %s</source>
            <translation>%s 체크</translation>
        </message>
        <message>
            <source>Untick %s</source>
            <translation>%s 체크 해제</translation>
        </message>
        <message>
            <source>Rename checklist item</source>
            <translation>체크리스트 항목 이름 바꾸기</translation>
        </message>
        <message>
            <source>Move checklist item</source>
            <translation>체크리스트 항목 이동</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Checklist progress</source>
            <translation>체크리스트 진행률</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>준비 체크리스트</translation>
        </message>
        <message>
            <source>Add an item, e.g. “Book flights”, and press Enter</source>
            <translation>항목을 추가하고(예: “항공권 예약”) Enter 키를 누르세요</translation>
        </message>
        <message>
            <source>New checklist item</source>
            <translation>새 체크리스트 항목</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>추가</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Delete checklist item</source>
            <translation>체크리스트 항목 삭제</translation>
        </message>
        <message>
            <source>Space ticks an item; Ctrl+Up / Ctrl+Down moves it; F2 renames it.</source>
            <translation>Space 키로 항목을 체크하고, Ctrl+위 / Ctrl+아래로 옮기고, F2로 이름을 바꿉니다.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>마감</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln done</source>
            <translation>
                <numerusform>%Ln개 중 %1개 완료</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to prepare yet</source>
            <translation>아직 준비할 항목이 없습니다</translation>
        </message>
        <message>
            <source>Add checklist item</source>
            <translation>체크리스트 항목 추가</translation>
        </message>
        <message>
            <source>Delete checklist items</source>
            <translation>체크리스트 항목 삭제</translation>
        </message>
    </context>
    <context>
        <name>ConflictDetail</name>
        <message>
            <source>Choose a record on the left to see what differs and settle it.</source>
            <translation>왼쪽에서 항목을 선택해 무엇이 다른지 보고 정리하세요.</translation>
        </message>
        <message>
            <source>Open %s</source>
            <translation>%s 열기</translation>
        </message>
        <message>
            <source>Deleted on one side, edited on the other</source>
            <translation>한쪽에서는 삭제, 다른 쪽에서는 편집됨</translation>
        </message>
        <message>
            <source>%s deleted this %s, but it was edited after they last saw it. Keep it with the edits, or delete it again.</source>
            <translation>%s 님이 이 %s을(를) 삭제했지만, 마지막으로 본 뒤에 편집되었습니다. 편집 내용과 함께 유지하거나 다시 삭제하세요.</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>팀원</translation>
        </message>
        <message>
            <source>This %s was deleted, but a teammate added to it or changed something under it at the same time, so it is still here. Keep it, or delete it again with everything under it.</source>
            <translation>이 %s은(는) 삭제되었지만, 동시에 팀원이 그 아래에 추가하거나 변경한 것이 있어 아직 남아 있습니다. 유지하거나, 그 아래 모든 것과 함께 다시 삭제하세요.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>유지</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>항목 유지</translation>
        </message>
        <message>
            <source>Delete it again</source>
            <translation>다시 삭제</translation>
        </message>
        <message>
            <source>Delete the record again</source>
            <translation>항목 다시 삭제</translation>
        </message>
        <message>
            <source>Settle %s</source>
            <translation>%s 정리</translation>
        </message>
        <message>
            <source>Keep %s</source>
            <translation>%s 유지</translation>
        </message>
        <message>
            <source>Delete %s again</source>
            <translation>%s 다시 삭제</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <source>deleted by a teammate while edited here</source>
            <translation>여기서 편집하는 동안 팀원이 삭제함</translation>
        </message>
        <message>
            <source>deleted, but a teammate added to it</source>
            <translation>삭제되었지만 팀원이 추가한 내용이 있음</translation>
        </message>
        <message>
            <source>different values: %s</source>
            <translation>서로 다른 값: %s</translation>
        </message>
        <message>
            <source>auto-merged: %s</source>
            <translation>자동 병합됨: %s</translation>
        </message>
    </context>
    <context>
        <name>ConflictsSection</name>
        <message>
            <source>Conflicts</source>
            <translation>충돌</translation>
        </message>
        <message>
            <source>Records with conflicts</source>
            <translation>충돌이 있는 항목</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>충돌이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln to settle. Pick the version to keep, write a merged value, or decide about deleted records.</source>
            <translation>
                <numerusform>해결할 항목 %Ln개. 유지할 버전을 고르거나, 병합한 값을 쓰거나, 삭제된 기록에 대해 결정하세요.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to settle. When teammates change the same thing in different ways, or one deletes what another edited, it shows up here.</source>
            <translation>정리할 것이 없습니다. 팀원들이 같은 내용을 서로 다르게 바꾸거나, 한 사람이 다른 사람이 편집한 것을 삭제하면 여기에 표시됩니다.</translation>
        </message>
        <message>
            <source>Nothing needs a decision; auto-merged text can be checked and accepted.</source>
            <translation>결정이 필요한 항목이 없습니다. 자동 병합된 텍스트는 확인 후 수락할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>No date (e.g. %s or %s)</source>
            <translation>날짜 없음 (예: %s 또는 %s)</translation>
        </message>
        <message>
            <source>Pick a date in a calendar</source>
            <translation>달력에서 날짜 선택</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>날짜 지우기</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>today %s</source>
            <translation>오늘 %s</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>어제</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>Save as</source>
            <translation>다른 이름으로 저장</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>%s 쓰는 중…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>%s 저장됨</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
        </message>
        <message>
            <source>Actions: %1…</source>
            <translation>실행 항목: %1…</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>첨부 파일</translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Share your changes</source>
            <translation>변경 사항 공유</translation>
        </message>
        <message>
            <source>For one teammate:</source>
            <translation>팀원 한 명용:</translation>
        </message>
        <message>
            <source>Teammate</source>
            <translation>팀원</translation>
        </message>
        <message>
            <source>For the team</source>
            <translation>팀용</translation>
        </message>
        <message>
            <source>Everything some teammate may not have yet.</source>
            <translation>팀원에게 아직 없을 수 있는 모든 것.</translation>
        </message>
        <message>
            <source>Everything (a new teammate, a backup)</source>
            <translation>전체(새 팀원, 백업)</translation>
        </message>
        <message>
            <source>The whole workspace, for a teammate who is joining or as a backup.</source>
            <translation>작업 공간 전체. 새로 합류하는 팀원용이나 백업용입니다.</translation>
        </message>
        <message>
            <source>Sign it, so they know it is yours</source>
            <translation>서명하여 내가 보낸 것임을 알리기</translation>
        </message>
        <message>
            <source>Encrypt for teammates you trust</source>
            <translation>신뢰하는 팀원을 위해 암호화</translation>
        </message>
        <message>
            <source>Only teammates whose keys you trusted can open it.</source>
            <translation>키를 신뢰한 팀원만 열 수 있습니다.</translation>
        </message>
        <message>
            <source>Add a passphrase</source>
            <translation>암호 문구 추가</translation>
        </message>
        <message>
            <source>Tell the passphrase by phone, not in the e-mail that carries the bundle.</source>
            <translation>암호 문구는 번들을 담은 이메일이 아니라 전화로 알려 주세요.</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>번들 내보내기…</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>번들 내보내기</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not shared with anyone yet.</source>
            <translation>
                <numerusform>아직 아무와도 공유하지 않은 변경 사항 %Ln개.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything you changed has been shared.</source>
            <translation>변경한 모든 내용이 공유되었습니다.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>암호 문구</translation>
        </message>
        <message>
            <source>Passphrase for this bundle (at least 8 characters):</source>
            <translation>이 번들의 암호 문구(8자 이상):</translation>
        </message>
        <message>
            <source>Passphrase too short</source>
            <translation>암호 문구가 너무 짧습니다</translation>
        </message>
        <message>
            <source>Use a passphrase of at least 8 characters, e.g. three unrelated words.</source>
            <translation>8자 이상의 암호 문구를 사용하세요. 예: 서로 관련 없는 단어 세 개.</translation>
        </message>
        <message>
            <source>Type the passphrase again:</source>
            <translation>암호 문구를 다시 입력하세요:</translation>
        </message>
        <message>
            <source>Passphrases differ</source>
            <translation>암호 문구가 다릅니다</translation>
        </message>
        <message>
            <source>The two passphrases differ; export again and type the same passphrase twice.</source>
            <translation>두 암호 문구가 다릅니다. 다시 내보내고 같은 암호 문구를 두 번 입력하세요.</translation>
        </message>
        <message>
            <source>Save bundle as</source>
            <translation>번들을 다른 이름으로 저장</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>GCEN 번들 (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>%s 쓰는 중…</translation>
        </message>
        <message numerus="yes">
            <source>This export was larger than one bundle may be, so it was saved as %Ln files, %1 to %2 (%3 in all): send all of them; your teammate imports each one, and a new teammate joins with the first. They were checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>이 내보내기는 번들 하나의 최대 크기를 넘어서 파일 %Ln개(%1부터 %2까지, 모두 %3)로 저장했습니다. 모두 보내세요. 팀원은 각각을 가져오고, 새 팀원은 첫 번째 파일로 참여합니다. 쓴 뒤 확인했으니 USB 메모리를 안전하게 뺄 수 있습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%2, %Ln changes). It was checked after writing: it is safe to remove the USB stick.</source>
            <translation>
                <numerusform>%1 저장됨(%2, 변경 사항 %Ln개). 쓴 뒤 확인했으니 USB 메모리를 안전하게 뺄 수 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>This bundle is %s, too large for most e-mail; export for one teammate instead, or share it on a USB stick or in a shared folder.</source>
            <translation>이 번들은 %s(으)로 대부분의 이메일에 보내기에는 너무 큽니다. 팀원 한 명을 위해 내보내거나 USB 메모리 또는 공유 폴더로 공유하세요.</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %s; edit that field (or delete the record) and export again.</source>
            <translation>어떤 번들에도 담을 수 없는 버전(이전 버전의 GCEN Desktop이 기록함)은 여기에 남고 나머지는 보냈습니다: %s. 그 필드를 편집하거나 항목을 삭제한 뒤 다시 내보내세요.</translation>
        </message>
        <message>
            <source>Bundle saved: %s</source>
            <translation>번들 저장됨: %s</translation>
        </message>
        <message>
            <source>%s '%s': '%s' is too large</source>
            <translation>%s '%s': '%s'이(가) 너무 큽니다</translation>
        </message>
        <message>
            <source>%s '%s': '%s' holds a NUL character</source>
            <translation>%s '%s': '%s'에 NUL 문자가 들어 있습니다</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>FieldConflictBox</name>
        <message>
            <source>Merged automatically: the edits touched different lines. Check it, then accept it.</source>
            <translation>자동 병합됨: 서로 다른 줄을 편집했습니다. 확인한 뒤 수락하세요.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln different versions. Pick one, or write the value to keep.</source>
            <translation>
                <numerusform>서로 다른 버전 %Ln개. 하나를 고르거나 유지할 값을 쓰세요.</numerusform>
            </translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>Version by %s</source>
            <translation>%s의 버전</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>이 버전 유지</translation>
        </message>
        <message>
            <source>Keep the version by %s</source>
            <translation>%s의 버전 유지</translation>
        </message>
        <message>
            <source>Auto-merged text</source>
            <translation>자동 병합된 텍스트</translation>
        </message>
        <message>
            <source>Or write the value to keep</source>
            <translation>또는 유지할 값을 쓰세요</translation>
        </message>
        <message>
            <source>Merged value of %s</source>
            <translation>%s의 병합된 값</translation>
        </message>
        <message>
            <source>Accept the merge</source>
            <translation>병합 수락</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>이 값 사용</translation>
        </message>
        <message>
            <source>What differs: lines marked − are only in the version by %s; lines marked + are only in the version by %s.</source>
            <translation>차이: − 표시된 줄은 %s의 버전에만 있고, + 표시된 줄은 %s의 버전에만 있습니다.</translation>
        </message>
        <message>
            <source>Differences between the version by %s and the version by %s</source>
            <translation>%s의 버전과 %s의 버전 사이의 차이</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in note</source>
            <translation>메모에서 찾기</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>일치 항목</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>이전</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>이전 일치 항목 (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>다음</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>다음 일치 항목 (Enter)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Close the find bar (Escape)</source>
            <translation>찾기 표시줄 닫기 (Esc)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>일치 항목 없음</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n</source>
            <translation>
                <numerusform>%n개 중 %1번째</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matches</source>
            <translation>
                <numerusform>일치 항목 %n개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunWindow</name>
        <message>
            <source>Welcome to GCEN Desktop</source>
            <translation>GCEN Desktop에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>새 작업 공간</translation>
        </message>
        <message>
            <source>Your team's notes, readings, action plans and symposia, on this computer. Nothing needs a server: you share with teammates through bundle files.</source>
            <translation>팀의 노트, 읽기 자료, 실행 계획, 심포지엄을 이 컴퓨터에서 관리합니다. 서버가 필요 없으며, 번들 파일로 팀원과 공유합니다.</translation>
        </message>
        <message>
            <source>Create your team's workspace</source>
            <translation>팀 작업 공간 만들기</translation>
        </message>
        <message>
            <source>Create another workspace</source>
            <translation>다른 작업 공간 만들기</translation>
        </message>
        <message>
            <source>e.g. Boston Public Schools — GCEN team</source>
            <translation>예: Boston Public Schools — GCEN 팀</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>팀 이름</translation>
        </message>
        <message>
            <source>e.g. Boston</source>
            <translation>예: Boston</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>성명</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>변경…</translation>
        </message>
        <message>
            <source>Change the workspace folder</source>
            <translation>작업 공간 폴더 변경</translation>
        </message>
        <message>
            <source>Stored in</source>
            <translation>저장 위치</translation>
        </message>
        <message>
            <source>Create workspace</source>
            <translation>작업 공간 만들기</translation>
        </message>
        <message>
            <source>Explore the sample team</source>
            <translation>예시 팀 둘러보기</translation>
        </message>
        <message>
            <source>A fictional Boston team with notes, readings, a plan and a symposium.</source>
            <translation>노트, 읽기 자료, 계획 하나, 심포지엄 하나가 있는 가상의 보스턴 팀입니다.</translation>
        </message>
        <message>
            <source>Import a bundle from a teammate…</source>
            <translation>팀원의 번들 가져오기…</translation>
        </message>
        <message>
            <source>Fill in your name and role above, then choose the full .gcen bundle a teammate exported for you: you join their workspace.</source>
            <translation>위에 이름과 역할을 입력한 다음, 팀원이 내보내 준 전체 .gcen 번들을 선택하세요. 그 팀원의 작업 공간에 참여하게 됩니다.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cancel joining</source>
            <translation>참여 취소</translation>
        </message>
        <message>
            <source>Where to keep the workspace</source>
            <translation>작업 공간을 보관할 위치</translation>
        </message>
        <message>
            <source>A few details are missing</source>
            <translation>몇 가지 정보가 빠졌습니다</translation>
        </message>
        <message>
            <source>Enter your team's name and your own name, then try again.</source>
            <translation>팀 이름과 본인 이름을 입력한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Enter your own name, then choose the bundle again.</source>
            <translation>이름을 입력한 다음 번들을 다시 선택하세요.</translation>
        </message>
        <message>
            <source>Choose the bundle a teammate sent you</source>
            <translation>팀원이 보낸 번들을 고르세요</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>GCEN 번들 (*.gcen);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Enter your name and role, then press “%1” to join with %2.</source>
            <translation>이름과 역할을 입력한 뒤 “%1”을(를) 눌러 %2(으)로 참여하세요.</translation>
        </message>
        <message>
            <source>Could not join the workspace</source>
            <translation>작업 공간에 참여할 수 없습니다</translation>
        </message>
        <message>
            <source>Reading %s…</source>
            <translation>%s 읽는 중…</translation>
        </message>
        <message>
            <source>Joining cancelled; nothing was changed.</source>
            <translation>참여를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>암호 문구</translation>
        </message>
        <message>
            <source>Join the team's workspace</source>
            <translation>팀의 작업 공간에 참여</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>참여</translation>
        </message>
        <message>
            <source>Joining “%s”…</source>
            <translation>“%s”에 참여하는 중…</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>팀원</translation>
        </message>
        <message numerus="yes">
            <source>%1 made this bundle of the workspace “%2” on %3. It holds %Ln changes.</source>
            <translation>
                <numerusform>%1 님이 %3에 작업 공간 “%2”의 이 번들을 만들었습니다. 변경 사항 %Ln개가 들어 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>It is signed with the key %1. Check with %2 that this is their key (read it to each other on the phone), then join.</source>
            <translation>키 %1(으)로 서명되어 있습니다. 이 키가 %2 님의 키인지 확인한 다음(전화로 서로 읽어 주세요) 참여하세요.</translation>
        </message>
        <message>
            <source>It is not signed, so nobody can check who made it: join only if you know where it came from.</source>
            <translation>서명되지 않아 누가 만들었는지 확인할 수 없습니다. 출처를 아는 경우에만 참여하세요.</translation>
        </message>
        <message>
            <source>It holds only recent changes, not the whole workspace: ask for a full bundle if records are missing after joining.</source>
            <translation>작업 공간 전체가 아니라 최근 변경 사항만 들어 있습니다. 참여한 뒤 항목이 빠져 있으면 전체 번들을 요청하세요.</translation>
        </message>
        <message>
            <source>Its name says it is file %1 of %2 of one export, too large for one file: after joining, import the other files of it too.</source>
            <translation>파일 이름으로 보아 하나의 파일에 담기에는 너무 큰 내보내기의 파일 %2개 중 %1번째입니다. 참여한 뒤 이 내보내기의 나머지 파일도 가져오세요.</translation>
        </message>
        <message>
            <source>Joining… %1%</source>
            <translation>참여하는 중… %1%</translation>
        </message>
        <message>
            <source>Could not create the workspace</source>
            <translation>작업 공간을 만들 수 없습니다</translation>
        </message>
        <message>
            <source>Setting up the workspace…</source>
            <translation>작업 공간 준비 중…</translation>
        </message>
    </context>
    <context>
        <name>GoalListModel</name>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>행동 %Ln개 중 %1개 완료</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%2, %1 of %Ln actions done</source>
            <translation>
                <numerusform>%2, 행동 %Ln개 중 %1개 완료</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to goal %s</source>
            <translation>목표 %s(으)로 이동</translation>
        </message>
        <message>
            <source>%d/%d done</source>
            <translation>%d/%d 완료</translation>
        </message>
    </context>
    <context>
        <name>GoalsPanel</name>
        <message>
            <source>Goals</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Drop actions on a goal to move them there; Ctrl+Up / Ctrl+Down reorders the goals.</source>
            <translation>실행 항목을 목표 위에 놓으면 그 목표로 옮겨집니다. Ctrl+위 / Ctrl+아래로 목표 순서를 바꿉니다.</translation>
        </message>
        <message>
            <source>No goals yet. Add one with “New goal”: say what should change, and how you will know.</source>
            <translation>아직 목표가 없습니다. “새 목표”로 추가하세요. 무엇이 바뀌어야 하는지, 그리고 어떻게 알 수 있을지 적으세요.</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>새 목표</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>목표 삭제</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>기준값</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표값</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>마감</translation>
        </message>
        <message>
            <source>No actions for this goal yet. Add the first with “New action”; drag rows or press Ctrl+Up / Ctrl+Down to reorder.</source>
            <translation>이 목표에 아직 실행 항목이 없습니다. “새 실행 항목”으로 첫 항목을 추가하세요. 행을 끌거나 Ctrl+위 / Ctrl+아래를 눌러 순서를 바꿉니다.</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>새 실행 항목</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>실행 항목 삭제</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>위로 이동</translation>
        </message>
        <message>
            <source>Move the action up (Ctrl+Up)</source>
            <translation>실행 항목을 위로 이동(Ctrl+위)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>아래로 이동</translation>
        </message>
        <message>
            <source>Move the action down (Ctrl+Down)</source>
            <translation>실행 항목을 아래로 이동(Ctrl+아래)</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>실행 항목</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>노트</translation>
        </message>
        <message>
            <source>Delete goal %s</source>
            <translation>목표 %s 삭제</translation>
        </message>
        <message>
            <source>Move goal</source>
            <translation>목표 이동</translation>
        </message>
    </context>
    <context>
        <name>GroupsSection</name>
        <message>
            <source>Working group</source>
            <translation>워킹그룹</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>워킹그룹</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>새 그룹</translation>
        </message>
        <message>
            <source>Filter groups by name</source>
            <translation>이름으로 그룹 필터</translation>
        </message>
        <message>
            <source>No working groups yet. A group gathers people from several cities around one problem of practice: “New group”.</source>
            <translation>아직 워킹그룹이 없습니다. 그룹은 여러 도시의 사람들을 하나의 실천 과제로 모읍니다: “새 그룹”.</translation>
        </message>
        <message>
            <source>No group matches the filter. Clear it to see them all.</source>
            <translation>필터와 일치하는 그룹이 없습니다. 필터를 지우면 모두 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Delete this working group</source>
            <translation>이 워킹그룹 삭제</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>구성원</translation>
        </message>
        <message>
            <source>No members yet. Add the people from each city who take part.</source>
            <translation>아직 구성원이 없습니다. 각 도시에서 참여하는 사람을 추가하세요.</translation>
        </message>
        <message>
            <source>Add members</source>
            <translation>구성원 추가</translation>
        </message>
        <message>
            <source>Linked readings and notes</source>
            <translation>연결된 읽기 자료와 노트</translation>
        </message>
        <message>
            <source>Link the case studies, papers and notes the group works from.</source>
            <translation>그룹이 바탕으로 삼는 사례 연구, 자료, 노트를 연결하세요.</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>읽기 자료와 노트 연결</translation>
        </message>
        <message>
            <source>Filed under this group</source>
            <translation>이 그룹에 분류됨</translation>
        </message>
        <message>
            <source>Readings, notes and plans whose working group is this one appear here.</source>
            <translation>워킹그룹이 이 그룹인 읽기 자료, 노트, 계획이 여기에 표시됩니다.</translation>
        </message>
        <message>
            <source>No working group open</source>
            <translation>열린 워킹그룹 없음</translation>
        </message>
        <message>
            <source>A working group brings people from several cities together around one problem of practice, with the readings and notes they work from.</source>
            <translation>워킹그룹은 여러 도시의 사람들을 하나의 실천 과제로 모으고, 그들이 바탕으로 삼는 읽기 자료와 노트를 함께 담습니다.</translation>
        </message>
        <message>
            <source>Choose a working group on the left, or start one with “New group”.</source>
            <translation>왼쪽에서 워킹그룹을 선택하거나 “새 그룹”으로 만드세요.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln members · %1</source>
            <translation>
                <numerusform>구성원 %Ln명 · %1</numerusform>
            </translation>
        </message>
        <message>
            <source>New working group</source>
            <translation>새 워킹그룹</translation>
        </message>
        <message>
            <source>Delete working group %s</source>
            <translation>워킹그룹 %s 삭제</translation>
        </message>
    </context>
    <context>
        <name>HomeSection</name>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>%Ln일 후</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparation: %1 of %Ln checklist items done</source>
            <translation>
                <numerusform>준비: 체크리스트 %Ln개 중 %1개 완료</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions due</source>
            <translation>마감 예정 실행 항목</translation>
        </message>
        <message>
            <source>Nothing overdue or due this week. Well done.</source>
            <translation>기한이 지났거나 이번 주가 마감인 항목이 없습니다. 잘하셨습니다.</translation>
        </message>
        <message>
            <source>Overdue actions and actions due this week</source>
            <translation>기한이 지난 실행 항목과 이번 주 마감 실행 항목</translation>
        </message>
        <message>
            <source>Readings assigned to you</source>
            <translation>나에게 배정된 읽기 자료</translation>
        </message>
        <message>
            <source>No readings are waiting for you. Teammates can assign readings to you under Readings.</source>
            <translation>기다리는 읽기 자료가 없습니다. 팀원이 읽기 자료에서 나에게 배정할 수 있습니다.</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>최근 변경</translation>
        </message>
        <message>
            <source>No changes yet. Write a note or add a reading to get started.</source>
            <translation>아직 변경이 없습니다. 노트를 쓰거나 읽기 자료를 추가해 시작하세요.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days overdue</source>
            <translation>
                <numerusform>%Ln일 지남</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>오늘 마감</translation>
        </message>
        <message>
            <source>due %s</source>
            <translation>마감 %s</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>팀원</translation>
        </message>
        <message>
            <source>from %s (imported)</source>
            <translation>%s에게서(가져옴)</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>홈</translation>
        </message>
        <message>
            <source>Next symposium</source>
            <translation>다음 심포지엄</translation>
        </message>
        <message>
            <source>Preparation checklist progress</source>
            <translation>준비 체크리스트 진행률</translation>
        </message>
        <message>
            <source>Open symposium</source>
            <translation>심포지엄 열기</translation>
        </message>
        <message>
            <source>No symposium is coming up. Add one under Symposia to see its countdown here.</source>
            <translation>예정된 심포지엄이 없습니다. 심포지엄에서 추가하면 여기에서 남은 날짜를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Date to be set</source>
            <translation>날짜 미정</translation>
        </message>
        <message>
            <source>No preparation checklist yet.</source>
            <translation>아직 준비 체크리스트가 없습니다.</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>내일</translation>
        </message>
        <message>
            <source>happening now</source>
            <translation>진행 중</translation>
        </message>
    </context>
    <context>
        <name>IdentityPanel</name>
        <message>
            <source>This workspace on the network</source>
            <translation>네트워크에서 이 작업 공간</translation>
        </message>
        <message>
            <source>What the network hub's operator needs to enroll your city, and what other cities compare before they trust your publications.</source>
            <translation>네트워크 허브 운영자가 귀 도시를 등록할 때 필요한 정보이며, 다른 도시가 귀하의 게시물을 신뢰하기 전에 대조하는 정보입니다.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <source>Copy this workspace's identity</source>
            <translation>이 작업 공간의 신원 정보 복사</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Workspace id</source>
            <translation>작업 공간 ID</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>이 사본의 ID</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>서명 키</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(설정 안 됨)</translation>
        </message>
        <message>
            <source>This workspace's identity is on the clipboard.</source>
            <translation>이 작업 공간의 신원 정보를 클립보드에 복사했습니다.</translation>
        </message>
    </context>
    <context>
        <name>ImportCountsModel</name>
        <message>
            <source>Records</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>New</source>
            <translation>새 항목</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>업데이트됨</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>변경 없음</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>충돌</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <source>Links, tags and statuses</source>
            <translation>링크, 태그, 상태</translation>
        </message>
        <message>
            <source>Kept for a newer version</source>
            <translation>새 버전을 위해 보관됨</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Checking %s…</source>
            <translation>%s 확인 중…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>암호 문구</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>다른 팀</translation>
        </message>
        <message>
            <source>This bundle comes from the workspace of another team (%1), so it cannot be imported as changes of yours.

Copy its practices, plans, readings and notes into your workspace? Their people are not copied, and “Undo last import” removes the copies again.</source>
            <translation>이 번들은 다른 팀의 작업 공간(%1)에서 왔으므로 내 변경 사항으로 가져올 수 없습니다.

그 실천 사례, 계획, 읽기 자료와 노트를 내 작업 공간에 복사할까요? 그 팀의 사람들은 복사되지 않으며, “마지막 가져오기 취소”로 사본을 다시 지울 수 있습니다.</translation>
        </message>
        <message>
            <source>Import as copies</source>
            <translation>사본으로 가져오기</translation>
        </message>
        <message>
            <source>Copy records</source>
            <translation>기록 복사</translation>
        </message>
        <message>
            <source>Copying records from %s…</source>
            <translation>%s에서 기록을 복사하는 중…</translation>
        </message>
        <message>
            <source>Importing %s…</source>
            <translation>%s 가져오는 중…</translation>
        </message>
        <message>
            <source>Imported %s.</source>
            <translation>%s을(를) 가져왔습니다.</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <source>Bring in a teammate's changes</source>
            <translation>팀원의 변경 사항 가져오기</translation>
        </message>
        <message>
            <source>Choose the .gcen file they sent you, or drop it on the window. You see what it changes before anything is written.</source>
            <translation>팀원이 보낸 .gcen 파일을 고르거나 창에 끌어다 놓으세요. 무엇이든 쓰기 전에 무엇이 바뀌는지 먼저 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>번들 가져오기…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>번들 가져오기</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>마지막 가져오기 취소</translation>
        </message>
        <message>
            <source>Undo the last import</source>
            <translation>마지막 가져오기 취소</translation>
        </message>
        <message>
            <source>What the last import changed</source>
            <translation>마지막 가져오기로 바뀐 내용</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>팀원</translation>
        </message>
        <message>
            <source>another team</source>
            <translation>다른 팀</translation>
        </message>
        <message numerus="yes">
            <source>Last import: %Ln records copied from %1.</source>
            <translation>
                <numerusform>마지막 가져오기: %1에서 기록 %Ln개를 복사했습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last import, from %1: %Ln records brought in.</source>
            <translation>
                <numerusform>마지막 가져오기(%1): 기록 %Ln개를 가져왔습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln need a decision in Conflicts.</source>
            <translation>
                <numerusform>%Ln개는 충돌에서 결정해야 합니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last import, from %s: already imported on %s, nothing changed.</source>
            <translation>마지막 가져오기(%s에게서): %s에 이미 가져왔으며 바뀐 것이 없습니다.</translation>
        </message>
        <message>
            <source>Its conflicts are settled.</source>
            <translation>충돌이 모두 해결되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import %s</source>
            <translation>%s 가져오기</translation>
        </message>
        <message>
            <source>Bundle from %s</source>
            <translation>%s의 번들</translation>
        </message>
        <message>
            <source>an unknown teammate</source>
            <translation>알 수 없는 팀원</translation>
        </message>
        <message>
            <source>everything they hold</source>
            <translation>보낸 사람이 가진 모든 것</translation>
        </message>
        <message>
            <source>their changes since the last exchange</source>
            <translation>지난 교환 이후의 변경 사항</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>만든 날짜</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>작업 공간</translation>
        </message>
        <message>
            <source>Contains</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>서명되지 않음</translation>
        </message>
        <message>
            <source>Sender's key</source>
            <translation>보낸 사람의 키</translation>
        </message>
        <message>
            <source>What the bundle changes</source>
            <translation>번들로 바뀌는 내용</translation>
        </message>
        <message>
            <source>This bundle was already imported on %s. Importing it again changes nothing.</source>
            <translation>이 번들은 %s에 이미 가져왔습니다. 다시 가져와도 바뀌는 것이 없습니다.</translation>
        </message>
        <message>
            <source>Nothing new: you already have everything in this bundle.</source>
            <translation>새로운 것이 없습니다. 이 번들의 모든 내용을 이미 가지고 있습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.</source>
            <translation>
                <numerusform>새 항목 %1개, 업데이트 %2개, 삭제 %3개; %Ln개는 충돌에서 결정해야 합니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>No key you trust signed this bundle. Importing it once brings in what is new from teammates this workspace does not know yet; what it says about the teammates you know is left out, and nothing else in it is remembered.</source>
            <translation>신뢰하는 키로 서명되지 않은 번들입니다. 한 번만 가져오면 이 작업 공간이 아직 모르는 팀원의 새 내용을 가져오며, 이미 아는 팀원에 대한 내용은 제외되고 그 밖의 어떤 것도 기억되지 않습니다.</translation>
        </message>
        <message>
            <source>I checked this key with %s (e.g. by phone): trust it for their future bundles</source>
            <translation>이 키를 %s 님과 확인했습니다(예: 전화로). 앞으로 받을 번들에 대해 신뢰합니다</translation>
        </message>
        <message>
            <source>the sender</source>
            <translation>보낸 사람</translation>
        </message>
        <message>
            <source>Trust the sender's key</source>
            <translation>보낸 사람의 키 신뢰</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <source>Trust the key and import</source>
            <translation>키를 신뢰하고 가져오기</translation>
        </message>
        <message>
            <source>Import once without trusting</source>
            <translation>신뢰하지 않고 한 번만 가져오기</translation>
        </message>
    </context>
    <context>
        <name>ImportWarnings</name>
        <message>
            <source>Everything in this bundle is already here; importing it changes nothing.</source>
            <translation>이 번들의 모든 내용이 이미 여기에 있습니다. 가져와도 아무것도 바뀌지 않습니다.</translation>
        </message>
        <message>
            <source>This bundle holds changes this workspace copy made before it was restored from a backup; they were imported, and this copy numbers its next changes after them so that teammates keep accepting its changes.</source>
            <translation>이 번들에는 이 작업 공간 사본이 백업에서 복원되기 전에 만든 변경 사항이 있습니다. 이 변경 사항을 가져왔으며, 팀원들이 계속 이 사본의 변경 사항을 받을 수 있도록 이 사본은 다음 변경 사항에 그 뒤의 번호를 매깁니다.</translation>
        </message>
        <message>
            <source>%s of %s</source>
            <translation>%s건(%s)</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); trust the key of this bundle, or ask those teammates for a bundle of their own.</source>
            <translation>신뢰하는 키로 서명되지 않은 번들이므로, 이미 알려진 팀원의 이름으로 담긴 변경 사항은 제외했습니다(%s). 이 번들의 키를 신뢰하거나, 해당 팀원에게 직접 번들을 요청하세요.</translation>
        </message>
        <message>
            <source>No key you trust signed this bundle, so the changes it carries in the name of teammates already known here were left out (%s); ask those teammates for a bundle of their own.</source>
            <translation>신뢰하는 키로 서명되지 않은 번들이므로, 이미 알려진 팀원의 이름으로 담긴 변경 사항은 제외했습니다(%s). 해당 팀원에게 직접 번들을 요청하세요.</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions, the second in a bundle from %2 (%1's store or %2's wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>%1의 변경 하나가 서로 다른 두 버전으로 도착했습니다. 두 번째 버전은 %2의 번들에 들어 있었습니다(다른 버전은 %1 또는 %2의 작업 공간이 작성했습니다). 모든 작업 공간이 같은 버전을 유지하고, 다른 버전은 증거로 보관됩니다.</translation>
        </message>
        <message>
            <source>One of %1's changes arrived here in two different versions (%1's store, or a teammate who passed it on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>%1의 변경 하나가 서로 다른 두 버전으로 도착했습니다(다른 버전은 %1의 작업 공간 또는 이를 전달한 팀원이 작성했습니다). 모든 작업 공간이 같은 버전을 유지하고, 다른 버전은 증거로 보관됩니다.</translation>
        </message>
        <message>
            <source>a teammate</source>
            <translation>팀원</translation>
        </message>
        <message>
            <source>This bundle is not signed, so it cannot be checked that %s made it; import it only if you know where it came from.</source>
            <translation>이 번들은 서명되지 않아 %s 님이 만들었는지 확인할 수 없습니다. 출처를 아는 경우에만 가져오세요.</translation>
        </message>
        <message>
            <source>no name given</source>
            <translation>이름 없음</translation>
        </message>
        <message>
            <source>This is the first bundle signed by the key %s (%s); check the fingerprint with that teammate before trusting it.</source>
            <translation>키 %s(%s)로 서명된 첫 번들입니다. 신뢰하기 전에 그 팀원과 지문을 확인하세요.</translation>
        </message>
        <message>
            <source>The sender's clock is %s hours ahead of this computer's; ask them to check their date and time (the order of edits does not depend on it).</source>
            <translation>보낸 사람의 시계가 이 컴퓨터보다 %s시간 빠릅니다. 날짜와 시간을 확인해 달라고 요청하세요(편집 순서는 이에 영향을 받지 않습니다).</translation>
        </message>
        <message numerus="yes">
            <source>This bundle deletes %Ln records; look at the preview before importing.</source>
            <translation>
                <numerusform>이 묶음은 기록 %Ln개를 삭제합니다. 가져오기 전에 미리 보기를 확인하세요.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records were not copied because what they belong to is not in the bundle.</source>
            <translation>
                <numerusform>기록 %Ln개는 속한 항목이 묶음에 없어 복사하지 않았습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>store %s</source>
            <translation>저장소 %s</translation>
        </message>
        <message>
            <source>%s from %s</source>
            <translation>%s개(%s)</translation>
        </message>
        <message>
            <source>This bundle assumes changes this store does not have (%s); what it holds was applied, and a full bundle from the sender will fill the gap.</source>
            <translation>이 번들은 이 저장소에 없는 변경 사항(%s)을 전제로 합니다. 들어 있는 내용은 적용되었으며, 보낸 사람의 전체 번들로 빠진 부분을 채울 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>게시일</translation>
        </message>
    </context>
    <context>
        <name>LineDiffView</name>
        <message numerus="yes">
            <source>%n unchanged lines</source>
            <translation>
                <numerusform>변경되지 않은 줄 %n개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinkedRecordsPanel</name>
        <message>
            <source>Add…</source>
            <translation>추가…</translation>
        </message>
        <message>
            <source>Add to %s</source>
            <translation>%s에 추가</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <source>Remove from %s</source>
            <translation>%s에서 제거</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln links</source>
            <translation>
                <numerusform>링크 %Ln개 추가</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln links</source>
            <translation>
                <numerusform>링크 %Ln개 제거</numerusform>
            </translation>
        </message>
        <message>
            <source>Link %s</source>
            <translation>%s 연결</translation>
        </message>
        <message>
            <source>Unlink %s</source>
            <translation>%s 연결 해제</translation>
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
            <translation>작업 공간 여는 중…</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>섹션</translation>
        </message>
        <message>
            <source>%s (sample)</source>
            <translation>%s (예시)</translation>
        </message>
        <message>
            <source>Saved. Everything you type is also saved as you go.</source>
            <translation>저장했습니다. 입력하는 모든 내용은 입력하는 동안에도 저장됩니다.</translation>
        </message>
        <message>
            <source>Nothing to print here: open an action plan, a symposium or a note, then press %s again.</source>
            <translation>여기에는 인쇄할 것이 없습니다. 실행 계획, 심포지엄 또는 메모를 연 뒤 %s을(를) 다시 누르세요.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>번들 가져오기</translation>
        </message>
        <message>
            <source>GCEN bundles (*.gcen);;All files (*)</source>
            <translation>GCEN 번들 (*.gcen);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Cannot import yet</source>
            <translation>아직 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>This version cannot import bundles. Ask your team for the latest GCEN Desktop.</source>
            <translation>이 버전은 번들을 가져올 수 없습니다. 팀에 최신 GCEN Desktop을 요청하세요.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About GCEN Desktop</source>
            <translation>GCEN Desktop 정보(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>새로 만들기(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Save now</source>
            <translation>지금 저장(&amp;S)</translation>
        </message>
        <message>
            <source>Print or e&amp;xport…</source>
            <translation>인쇄 또는 내보내기(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>번들 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>최근 항목 열기(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>환경설정(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>검색(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>테마(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>New &amp;workspace…</source>
            <translation>새 작업 공간(&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Open a workspace…</source>
            <translation>작업 공간 열기(&amp;O)…</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>시스템 설정 따르기</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <source>No recent workspaces</source>
            <translation>최근 작업 공간 없음</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Edit</source>
            <translation>편집</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>나란히</translation>
        </message>
        <message>
            <source>Show only the Markdown text</source>
            <translation>Markdown 텍스트만 보기</translation>
        </message>
        <message>
            <source>Show the text and its preview side by side</source>
            <translation>텍스트와 미리 보기를 나란히 보기</translation>
        </message>
        <message>
            <source>Show only the preview</source>
            <translation>미리 보기만 보기</translation>
        </message>
        <message>
            <source>Note text (Markdown)</source>
            <translation>노트 본문(Markdown)</translation>
        </message>
        <message>
            <source>Write here. Markdown works: # heading, **bold**, - lists, &gt; quotes.</source>
            <translation>여기에 쓰세요. Markdown을 쓸 수 있습니다: # 제목, **굵게**, - 목록, &gt; 인용.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>미리 보기</translation>
        </message>
    </context>
    <context>
        <name>NetworkSection</name>
        <message>
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <source>What other cities publish, kept here read-only. Adapt a practice in a plan of your own.</source>
            <translation>다른 도시가 게시한 내용을 읽기 전용으로 보관합니다. 사례를 우리 팀의 계획에 적용해 보세요.</translation>
        </message>
        <message>
            <source>Import publication…</source>
            <translation>게시물 가져오기…</translation>
        </message>
        <message>
            <source>Import another city's publication</source>
            <translation>다른 도시의 게시물 가져오기</translation>
        </message>
        <message>
            <source>The network library is empty. When another city sends you its publication, or the network hub its digest, bring it in with “Import publication…”: its practices, plans and readings appear here, with their city and date.</source>
            <translation>네트워크 자료실이 비어 있습니다. 다른 도시가 게시물을, 또는 네트워크 허브가 요약본을 보내오면 “게시물 가져오기…”로 가져오세요. 그 사례, 계획, 읽을거리가 도시와 날짜와 함께 여기에 표시됩니다.</translation>
        </message>
        <message>
            <source>Search the network library</source>
            <translation>네트워크 자료실 검색</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>워킹그룹</translation>
        </message>
        <message>
            <source>Working-group topic</source>
            <translation>워킹그룹 주제</translation>
        </message>
        <message>
            <source>No publication matches. Clear the search or the filters to see them all.</source>
            <translation>일치하는 게시물이 없습니다. 검색어나 필터를 지우면 모두 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Publications of other cities</source>
            <translation>다른 도시의 게시물</translation>
        </message>
        <message>
            <source>Adapt in a new plan</source>
            <translation>새 계획에 적용</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan of your team</source>
            <translation>이 사례를 우리 팀의 새 계획에 적용</translation>
        </message>
        <message>
            <source>Write a receipt…</source>
            <translation>수신 확인서 쓰기…</translation>
        </message>
        <message>
            <source>Write a receipt for the city of this publication</source>
            <translation>이 게시물의 도시에 보낼 수신 확인서 쓰기</translation>
        </message>
        <message>
            <source>The publication's text</source>
            <translation>게시물 본문</translation>
        </message>
        <message>
            <source>Your plans adapted from it:</source>
            <translation>이것을 적용한 우리 팀 계획:</translation>
        </message>
        <message>
            <source>Open the plan %s</source>
            <translation>계획 %s 열기</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>모든 도시</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>모든 유형</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>모든 워킹그룹</translation>
        </message>
        <message>
            <source>All working-group topics</source>
            <translation>모든 워킹그룹 주제</translation>
        </message>
        <message>
            <source>No publication chosen</source>
            <translation>선택한 게시물 없음</translation>
        </message>
        <message>
            <source>A file for %1's team saying what your network library holds of their publications: once they import it, their next publication for you carries only what you lack.</source>
            <translation>%1 팀에 보내는 파일로, 내 네트워크 자료실에 그들의 게시물 중 무엇이 있는지 알려 줍니다. 그 팀이 가져오면 다음에 보내는 게시물에는 빠진 것만 담깁니다.</translation>
        </message>
        <message>
            <source>published %s</source>
            <translation>게시일 %s</translation>
        </message>
        <message>
            <source>New plan adapting %s.</source>
            <translation>%s을(를) 적용한 새 계획을 만들었습니다.</translation>
        </message>
        <message>
            <source>Adapt %s in a new plan</source>
            <translation>%s을(를) 새 계획에 적용</translation>
        </message>
        <message>
            <source>Save a receipt for %s</source>
            <translation>%s에 보낼 수신 확인서 저장</translation>
        </message>
        <message>
            <source>Saved the receipt for %1 to %2: send it to %1's team.</source>
            <translation>%1에 보낼 수신 확인서를 %2에 저장했습니다. %1 팀에 보내세요.</translation>
        </message>
        <message>
            <source>Import a publication</source>
            <translation>게시물 가져오기</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>GCEN 게시물 (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>이미 가져오기가 진행 중입니다. 끝날 때까지 기다리세요.</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <source>New action plan</source>
            <translation>새 실행 계획</translation>
        </message>
        <message>
            <source>e.g. Grow and keep a high-quality teaching force</source>
            <translation>예: 우수한 교원을 양성하고 유지하기</translation>
        </message>
        <message>
            <source>Plan title</source>
            <translation>계획 제목</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>시작 방식</translation>
        </message>
        <message>
            <source>A blank plan</source>
            <translation>빈 계획</translation>
        </message>
        <message>
            <source>Cycle of inquiry</source>
            <translation>탐구 사이클</translation>
        </message>
        <message>
            <source>Innovation at scale</source>
            <translation>규모 있는 혁신</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>종료일</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>Create plan</source>
            <translation>계획 만들기</translation>
        </message>
        <message>
            <source>Start with an empty plan and add goals and actions yourself.</source>
            <translation>빈 계획에서 시작해 목표와 실행 항목을 직접 추가합니다.</translation>
        </message>
        <message>
            <source>Inquiry → discussion → planning → action → review</source>
            <translation>탐구 → 논의 → 계획 → 실행 → 검토</translation>
        </message>
        <message>
            <source>Five goals, one per stage of the cycle, each with three actions to adapt. Goal due dates are spread over the plan's dates.</source>
            <translation>사이클의 단계마다 하나씩 목표 다섯 개, 각각 조정할 실행 항목 세 개. 목표 마감일은 계획 기간에 고르게 배치됩니다.</translation>
        </message>
        <message>
            <source>Set goals, create flexibility, develop talent, build networks</source>
            <translation>목표 설정, 유연성 확보, 인재 육성, 네트워크 구축</translation>
        </message>
        <message>
            <source>Four goals, one per lever of innovation at scale, each with three actions to adapt.</source>
            <translation>규모 있는 혁신의 지렛대마다 하나씩 목표 네 개, 각각 조정할 실행 항목 세 개.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Choose a note on the left, or press “New note” to write one.</source>
            <translation>왼쪽에서 노트를 선택하거나 “새 노트”를 눌러 작성하세요.</translation>
        </message>
        <message>
            <source>Note title</source>
            <translation>노트 제목</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Note details</source>
            <translation>노트 세부 정보</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>텍스트</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>워킹그룹</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>심포지엄</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message numerus="yes">
            <source>%Ln files</source>
            <translation>
                <numerusform>파일 %Ln개</numerusform>
            </translation>
        </message>
        <message>
            <source>“%s” was deleted elsewhere while you typed; your text is kept (see Conflicts).</source>
            <translation>입력하는 동안 “%s”이(가) 다른 곳에서 삭제되었습니다. 입력한 내용은 보존되었습니다(충돌 참조).</translation>
        </message>
        <message>
            <source>Where this note is used</source>
            <translation>이 노트가 쓰인 곳</translation>
        </message>
        <message>
            <source>Details, tags and files</source>
            <translation>세부 정보, 태그, 파일</translation>
        </message>
        <message>
            <source>Used as evidence in plan %s</source>
            <translation>계획 %s에서 근거 자료로 사용</translation>
        </message>
        <message>
            <source>Related to %s</source>
            <translation>%s 관련</translation>
        </message>
        <message>
            <source>Not used in any plan yet.</source>
            <translation>아직 어떤 계획에도 쓰이지 않았습니다.</translation>
        </message>
        <message>
            <source>A note needs a title.</source>
            <translation>노트에 제목이 필요합니다.</translation>
        </message>
        <message>
            <source>Rename note</source>
            <translation>노트 이름 바꾸기</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>태그 변경</translation>
        </message>
        <message>
            <source>Edit note text</source>
            <translation>노트 본문 편집</translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <source>Notes</source>
            <translation>노트</translation>
        </message>
        <message>
            <source>Session notes, site visits, reflections and meetings.</source>
            <translation>세션 노트, 현장 방문, 성찰, 회의.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>새 노트</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
        <message>
            <source>Save the open note as a document</source>
            <translation>열린 메모를 문서로 저장</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Delete the selected notes</source>
            <translation>선택한 노트 삭제</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>변경일</translation>
        </message>
        <message>
            <source>No notes yet. Press “New note” (Ctrl+N) to write your first one.</source>
            <translation>아직 노트가 없습니다. “새 노트”(Ctrl+N)를 눌러 첫 노트를 쓰세요.</translation>
        </message>
        <message>
            <source>Filter notes by title</source>
            <translation>제목으로 노트 필터</translation>
        </message>
        <message>
            <source>Show notes of kind</source>
            <translation>이 종류의 노트 보기</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>모든 종류</translation>
        </message>
        <message>
            <source>Show notes of working group</source>
            <translation>이 워킹그룹의 노트 보기</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>모든 워킹그룹</translation>
        </message>
        <message>
            <source>Untitled note</source>
            <translation>제목 없는 노트</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln notes</source>
            <translation>
                <numerusform>노트 %Ln개 삭제</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln notes to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>노트 %Ln개를 휴지통으로 옮겼습니다. 실행 취소하면 되돌아옵니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>노트 삭제</translation>
        </message>
    </context>
    <context>
        <name>PeerTableModel</name>
        <message>
            <source>Teammate</source>
            <translation>팀원</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>키 지문</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>신뢰함</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>마지막 교환</translation>
        </message>
        <message>
            <source>no key yet</source>
            <translation>아직 키 없음</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>never</source>
            <translation>없음</translation>
        </message>
    </context>
    <context>
        <name>PeersPanel</name>
        <message>
            <source>Teammates</source>
            <translation>팀원</translation>
        </message>
        <message>
            <source>Everyone whose bundles you imported. Before trusting a key, compare its fingerprint with the teammate, e.g. by phone.</source>
            <translation>번들을 가져온 적이 있는 모든 사람입니다. 키를 신뢰하기 전에 전화 등으로 팀원과 지문을 비교하세요.</translation>
        </message>
        <message>
            <source>Teammates and their keys</source>
            <translation>팀원과 키</translation>
        </message>
        <message>
            <source>No teammates yet. Import a bundle from one, or send them yours.</source>
            <translation>아직 팀원이 없습니다. 팀원의 번들을 가져오거나 내 번들을 보내세요.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Dismiss the refused bundles</source>
            <translation>거부된 번들 목록 닫기</translation>
        </message>
        <message>
            <source>Trust this key</source>
            <translation>이 키 신뢰</translation>
        </message>
        <message>
            <source>Trust the selected teammate's key</source>
            <translation>선택한 팀원의 키 신뢰</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions, the second in bundles from %2 (%1's store or theirs wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>%1의 일부 변경이 서로 다른 두 버전으로 도착했습니다. 두 번째 버전은 %2의 번들에 들어 있었습니다(다른 버전은 %1 또는 그들의 작업 공간이 작성했습니다). 모든 작업 공간이 같은 버전을 유지하고, 다른 버전은 증거로 보관됩니다.</translation>
        </message>
        <message>
            <source>Some of %1's changes arrived in two different versions (%1's store, or a teammate who passed them on, wrote the other one); every store keeps the same version, and the other is kept as evidence.</source>
            <translation>%1의 일부 변경이 서로 다른 두 버전으로 도착했습니다(다른 버전은 %1의 작업 공간 또는 이를 전달한 팀원이 작성했습니다). 모든 작업 공간이 같은 버전을 유지하고, 다른 버전은 증거로 보관됩니다.</translation>
        </message>
        <message>
            <source>Refused on %1 (%2): %3</source>
            <translation>%1에 거부됨(%2): %3</translation>
        </message>
    </context>
    <context>
        <name>PeopleSection</name>
        <message>
            <source>People &amp; cities</source>
            <translation>사람과 도시</translation>
        </message>
        <message>
            <source>Your team's members and the cities of the network.</source>
            <translation>팀 구성원과 네트워크의 도시입니다.</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>사람 추가</translation>
        </message>
        <message>
            <source>Add city</source>
            <translation>도시 추가</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>소속 기관</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>이메일</translation>
        </message>
        <message>
            <source>No team members yet. Add the people in your city team with “Add person”.</source>
            <translation>아직 팀 구성원이 없습니다. “사람 추가”로 도시 팀의 사람들을 추가하세요.</translation>
        </message>
        <message>
            <source>Filter people by name</source>
            <translation>이름으로 사람 필터</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>국가</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>실천 사례</translation>
        </message>
        <message>
            <source>No cities yet. Add the cities of your network with “Add city”.</source>
            <translation>아직 도시가 없습니다. “도시 추가”로 네트워크의 도시를 추가하세요.</translation>
        </message>
        <message>
            <source>Filter cities by name</source>
            <translation>이름으로 도시 필터</translation>
        </message>
        <message>
            <source>Team members</source>
            <translation>팀 구성원</translation>
        </message>
        <message>
            <source>Network cities</source>
            <translation>네트워크 도시</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>새 사람</translation>
        </message>
        <message>
            <source>New city</source>
            <translation>새 도시</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>%s 추가</translation>
        </message>
        <message>
            <source>You cannot delete yourself; choose someone else in Preferences first.</source>
            <translation>자기 자신은 삭제할 수 없습니다. 먼저 환경설정에서 다른 사람을 선택하세요.</translation>
        </message>
        <message>
            <source>Delete %s</source>
            <translation>%s 삭제</translation>
        </message>
    </context>
    <context>
        <name>PlanBoard</name>
        <message>
            <source>Drag a card to another column to change its status, or select it and press Ctrl+Left / Ctrl+Right. Enter opens it.</source>
            <translation>카드를 다른 열로 끌어 상태를 바꾸거나, 선택한 뒤 Ctrl+왼쪽 / Ctrl+오른쪽을 누르세요. Enter 키로 엽니다.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Actions done</source>
            <translation>완료한 실행 항목</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>계획 내보내기</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>실천 과제</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>근거</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>워킹그룹</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>Adapted from</source>
            <translation>참고한 사례</translation>
        </message>
        <message>
            <source>Which cities' practices does this plan adapt? Add them here so the practice shows the plans built on it.</source>
            <translation>이 계획은 어느 도시의 어떤 실천 사례를 참고했나요? 여기에 추가하면 실천 사례에 이를 바탕으로 한 계획이 표시됩니다.</translation>
        </message>
        <message>
            <source>Adapted from which practices and cities?</source>
            <translation>어떤 실천 사례와 도시를 참고했나요?</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>근거 자료</translation>
        </message>
        <message>
            <source>No evidence linked yet. Add the readings and notes (case studies, site-visit notes) this plan draws on.</source>
            <translation>아직 연결된 근거 자료가 없습니다. 이 계획의 바탕이 되는 읽기 자료와 노트(사례 연구, 현장 방문 노트)를 추가하세요.</translation>
        </message>
        <message>
            <source>Add readings and notes as evidence</source>
            <translation>읽기 자료와 노트를 근거 자료로 추가</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>개요</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>목표와 실행 항목</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>보드</translation>
        </message>
        <message>
            <source>No plan open</source>
            <translation>열린 계획 없음</translation>
        </message>
        <message>
            <source>An action plan turns a practice you studied into steps for your city: goals with indicators, actions with owners and dates. Start from a blank page or from the network's cycle of inquiry.</source>
            <translation>실행 계획은 연구한 실천 사례를 우리 도시의 단계로 바꿉니다: 지표가 있는 목표, 책임자와 날짜가 있는 실행 항목. 빈 페이지나 네트워크의 탐구 사이클에서 시작하세요.</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>새 계획…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>탐구 사이클에서 시작…</translation>
        </message>
        <message>
            <source>owner: %s</source>
            <translation>책임자: %s</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln actions done</source>
            <translation>
                <numerusform>행동 %Ln개 중 %1개 완료</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>계획 책임자</translation>
        </message>
        <message>
            <source>Move plan to stage %s</source>
            <translation>계획을 %s 단계로 이동</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n actions to %1.</source>
            <translation>
                <numerusform>실행 항목 %n개를 %1에 저장했습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanFilterBar</name>
        <message>
            <source>Filter plans by title</source>
            <translation>제목으로 계획 필터</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>계획 상태</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>모든 상태</translation>
        </message>
    </context>
    <context>
        <name>PlanListPanel</name>
        <message>
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>실행 계획</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>새 계획</translation>
        </message>
        <message>
            <source>Blank plan…</source>
            <translation>빈 계획…</translation>
        </message>
        <message>
            <source>From the cycle of inquiry…</source>
            <translation>탐구 사이클에서 시작…</translation>
        </message>
        <message>
            <source>From innovation at scale…</source>
            <translation>규모 있는 혁신에서 시작…</translation>
        </message>
        <message>
            <source>No plans yet. Start one with “New plan” — from a blank page or from the cycle of inquiry.</source>
            <translation>아직 계획이 없습니다. “새 계획”으로 빈 페이지나 탐구 사이클에서 시작하세요.</translation>
        </message>
        <message>
            <source>No plan matches the filter. Clear it to see every plan.</source>
            <translation>필터와 일치하는 계획이 없습니다. 필터를 지우면 모든 계획을 볼 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>PlansSection</name>
        <message>
            <source>Action plans</source>
            <translation>실행 계획</translation>
        </message>
        <message>
            <source>Delete plan %s</source>
            <translation>계획 %s 삭제</translation>
        </message>
        <message>
            <source>New plan %s</source>
            <translation>새 계획 %s</translation>
        </message>
    </context>
    <context>
        <name>PracticesSection</name>
        <message>
            <source>Practice</source>
            <translation>실천 사례</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>실천 사례</translation>
        </message>
        <message>
            <source>New practice</source>
            <translation>새 실천 사례</translation>
        </message>
        <message>
            <source>Filter practices by title</source>
            <translation>제목으로 실천 사례 필터</translation>
        </message>
        <message>
            <source>No practices yet. Add what you saw on a site visit or read in a case study: “New practice”.</source>
            <translation>아직 실천 사례가 없습니다. 현장 방문에서 본 것이나 사례 연구에서 읽은 것을 추가하세요: “새 실천 사례”.</translation>
        </message>
        <message>
            <source>No practice matches the filter. Clear it to see them all.</source>
            <translation>필터와 일치하는 실천 사례가 없습니다. 필터를 지우면 모두 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Adapt in a new plan…</source>
            <translation>새 계획에 적용…</translation>
        </message>
        <message>
            <source>Adapt this practice in a new plan</source>
            <translation>이 실천 사례를 새 계획에 적용</translation>
        </message>
        <message>
            <source>Delete this practice</source>
            <translation>이 실천 사례 삭제</translation>
        </message>
        <message>
            <source>Plans that adapt it</source>
            <translation>이 사례를 적용한 계획</translation>
        </message>
        <message>
            <source>No plan adapts this practice yet. “Adapt in a new plan…” starts one.</source>
            <translation>아직 이 실천 사례를 적용한 계획이 없습니다. “새 계획에 적용…”으로 시작하세요.</translation>
        </message>
        <message>
            <source>No practice open</source>
            <translation>열린 실천 사례 없음</translation>
        </message>
        <message>
            <source>The portfolio holds what other cities do that works: what you saw on site visits and read in case studies, with the plans that adapt it here.</source>
            <translation>포트폴리오에는 다른 도시에서 효과가 있었던 것이 담깁니다. 현장 방문에서 본 것, 사례 연구에서 읽은 것, 그리고 여기서 이를 적용한 계획입니다.</translation>
        </message>
        <message>
            <source>Choose a practice on the left, or add one with “New practice”.</source>
            <translation>왼쪽에서 실천 사례를 선택하거나 “새 실천 사례”로 추가하세요.</translation>
        </message>
        <message>
            <source>Delete practice %s</source>
            <translation>실천 사례 %s 삭제</translation>
        </message>
        <message>
            <source>Adapting: %s</source>
            <translation>적용 중: %s</translation>
        </message>
        <message>
            <source>New plan adapting %s</source>
            <translation>%s을(를) 적용한 새 계획</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>새 계획</translation>
        </message>
        <message>
            <source>Adapt practice</source>
            <translation>실천 사례 적용</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>환경설정</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>테마</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>시스템 설정 따르기</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Who you are</source>
            <translation>나는 누구인가</translation>
        </message>
        <message>
            <source>— choose yourself —</source>
            <translation>— 본인을 선택하세요 —</translation>
        </message>
        <message>
            <source>You are</source>
            <translation>나</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>공유 폴더</translation>
        </message>
        <message>
            <source>A synced drive or USB folder your team uses</source>
            <translation>팀이 사용하는 동기화 드라이브나 USB 폴더</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>공유 폴더 선택</translation>
        </message>
        <message>
            <source>A new language applies the next time GCEN Desktop starts. Who you are decides whose reading statuses you set and which readings Home shows as yours.</source>
            <translation>새 언어는 GCEN Desktop을 다음에 시작할 때 적용됩니다. 내가 누구인지에 따라 누구의 읽기 상태를 설정하는지, 홈에서 어떤 읽기 자료를 내 것으로 보여 주는지가 정해집니다.</translation>
        </message>
        <message>
            <source>You are now %s.</source>
            <translation>이제 %s 님으로 설정되었습니다.</translation>
        </message>
        <message>
            <source>%s: restart GCEN Desktop to see it in this language.</source>
            <translation>%s: 이 언어로 보려면 GCEN Desktop을 다시 시작하세요.</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>PublishPanel</name>
        <message>
            <source>Publish to the network</source>
            <translation>네트워크에 게시</translation>
        </message>
        <message>
            <source>What your team marked “Network”, for other cities: its current text, never its history; what is no longer marked is withdrawn.</source>
            <translation>팀이 “네트워크”로 표시한 내용을 다른 도시에 보냅니다. 현재 본문만 보내고 이력은 보내지 않으며, 더 이상 표시되지 않은 내용은 철회됩니다.</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>받는 곳:</translation>
        </message>
        <message>
            <source>Who the publication is for</source>
            <translation>게시물을 받을 곳</translation>
        </message>
        <message>
            <source>The network hub, or the name of one city you send it to directly.</source>
            <translation>네트워크 허브, 또는 직접 보낼 도시의 이름.</translation>
        </message>
        <message>
            <source>What changed since the last publication to it</source>
            <translation>마지막 게시 이후 바뀐 내용</translation>
        </message>
        <message>
            <source>Everything published now</source>
            <translation>현재 게시되는 모든 내용</translation>
        </message>
        <message>
            <source>For a receiver that lost a file, or one you never published to.</source>
            <translation>파일을 잃어버린 수신처, 또는 한 번도 게시한 적이 없는 수신처용.</translation>
        </message>
        <message>
            <source>Publish to the network…</source>
            <translation>네트워크에 게시…</translation>
        </message>
        <message>
            <source>the network hub</source>
            <translation>네트워크 허브</translation>
        </message>
        <message>
            <source>Nothing new to publish for %s.</source>
            <translation>%s에 게시할 새 내용이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>For %1: %2 (%n of them sent before, not acknowledged yet).</source>
            <translation>
                <numerusform>%1에: %2 (그중 %n개는 이미 보냈지만 아직 수신 확인되지 않음).</numerusform>
            </translation>
        </message>
        <message>
            <source>For %1: %2.</source>
            <translation>%1에: %2.</translation>
        </message>
        <message>
            <source>Nothing to publish</source>
            <translation>게시할 내용 없음</translation>
        </message>
        <message>
            <source>Nothing changed for %s since your last publication to it. Choose “Everything published now” to send it all again, or mark records “Network” first.</source>
            <translation>마지막 게시 이후 %s에 보낼 변경 사항이 없습니다. 모두 다시 보내려면 “현재 게시되는 모든 내용”을 선택하거나, 먼저 기록을 “네트워크”로 표시하세요.</translation>
        </message>
        <message>
            <source>Publish for %1: %2?

Other cities get the current text of these records, never their history.</source>
            <translation>%1에 게시할까요: %2?

다른 도시는 이 기록들의 현재 본문만 받으며, 이력은 받지 않습니다.</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>게시…</translation>
        </message>
        <message>
            <source>Save the publication as</source>
            <translation>게시물을 다른 이름으로 저장</translation>
        </message>
        <message>
            <source>GCEN publication (*.gcen)</source>
            <translation>GCEN 게시물 (*.gcen)</translation>
        </message>
        <message>
            <source>Writing %s…</source>
            <translation>%s 쓰는 중…</translation>
        </message>
        <message numerus="yes">
            <source>This publication was larger than one file may be, so it was saved as %Ln files, %1 to %2 (%3 in all). Send all of them to %4; each one is imported on its own.</source>
            <translation>
                <numerusform>이 게시물은 파일 하나의 최대 크기를 넘어서 파일 %Ln개(%1부터 %2까지, 모두 %3)로 저장했습니다. 모두 %4에 보내세요. 각 파일은 따로 가져올 수 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved %1 (%2). Send it to %3.</source>
            <translation>%1(%2)을(를) 저장했습니다. %3에 보내세요.</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %s. Make them smaller (or give them fewer tags, attachments or parts) and publish again.</source>
            <translation>어떤 게시물도 이 기록들을 담을 수 없어 여기에 남기고 나머지를 게시했습니다: %s. 기록을 줄이거나(태그, 첨부 파일, 하위 항목을 줄여도 됩니다) 다시 게시하세요.</translation>
        </message>
        <message>
            <source>Publication saved: %s</source>
            <translation>게시물 저장됨: %s</translation>
        </message>
        <message>
            <source>%s '%s': too many tags, attachments or parts</source>
            <translation>%s '%s': 태그, 첨부 파일 또는 하위 항목이 너무 많음</translation>
        </message>
        <message>
            <source>%s '%s': too large</source>
            <translation>%s '%s': 너무 큼</translation>
        </message>
        <message>
            <source>%s '%s': its attachments are too large together</source>
            <translation>%s '%s': 첨부 파일을 합치면 너무 큼</translation>
        </message>
        <message>
            <source>%s '%s': a value other cities cannot read</source>
            <translation>%s '%s': 다른 도시가 읽을 수 없는 값</translation>
        </message>
        <message>
            <source>Publishing cancelled; no file was written.</source>
            <translation>게시를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>PublishWords</name>
        <message numerus="yes">
            <source>%n practices</source>
            <translation>
                <numerusform>사례 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plans</source>
            <translation>
                <numerusform>계획 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n readings</source>
            <translation>
                <numerusform>읽을거리 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes</source>
            <translation>
                <numerusform>노트 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symposia</source>
            <translation>
                <numerusform>심포지엄 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working groups</source>
            <translation>
                <numerusform>워킹 그룹 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goals</source>
            <translation>
                <numerusform>목표 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions</source>
            <translation>
                <numerusform>실행 과제 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda items</source>
            <translation>
                <numerusform>의제 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 및 %2</translation>
        </message>
        <message>
            <source>%1 with %2</source>
            <translation>%1(%2 포함)</translation>
        </message>
        <message>
            <source>%1 withdrawn</source>
            <translation>철회: %1</translation>
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
            <translation>확인</translation>
        </message>
    </context>
    <context>
        <name>ReadingDetail</name>
        <message>
            <source>Choose a reading on the left, or press “Add reading”.</source>
            <translation>왼쪽에서 읽기 자료를 선택하거나 “읽기 자료 추가”를 누르세요.</translation>
        </message>
        <message>
            <source>My reading status</source>
            <translation>내 읽기 상태</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>내 상태</translation>
        </message>
        <message>
            <source>Reading status of each teammate</source>
            <translation>팀원별 읽기 상태</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>팀</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>저자</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>발행처</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>웹 주소</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>게재지</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>배정 대상</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>워킹그룹</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>중요한 이유</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>초록</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>PDF and files</source>
            <translation>PDF와 파일</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences to keep your own status.</source>
            <translation>내 상태를 기록하려면 환경설정에서 내가 누구인지 선택하세요.</translation>
        </message>
        <message>
            <source>No teammate has marked it yet.</source>
            <translation>아직 표시한 팀원이 없습니다.</translation>
        </message>
        <message>
            <source>Mark as %s</source>
            <translation>%s(으)로 표시</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>태그 변경</translation>
        </message>
    </context>
    <context>
        <name>ReadingsSection</name>
        <message>
            <source>Readings</source>
            <translation>읽기 자료</translation>
        </message>
        <message>
            <source>Case studies, background papers and reports the team reads.</source>
            <translation>팀이 읽는 사례 연구, 배경 자료, 보고서.</translation>
        </message>
        <message>
            <source>Add reading</source>
            <translation>읽기 자료 추가</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>가져오기…</translation>
        </message>
        <message>
            <source>Import readings from RIS, BibTeX or CSL-JSON</source>
            <translation>RIS, BibTeX, CSL-JSON에서 읽기 자료 가져오기</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
        <message>
            <source>Export readings to RIS, BibTeX or CSL-JSON</source>
            <translation>읽기 자료를 RIS, BibTeX 또는 CSL-JSON으로 내보내기</translation>
        </message>
        <message>
            <source>Readings shown…</source>
            <translation>표시된 읽기 자료…</translation>
        </message>
        <message>
            <source>Selected readings…</source>
            <translation>선택한 읽기 자료…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Delete the selected readings</source>
            <translation>선택한 읽기 자료 삭제</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>저자</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>My status</source>
            <translation>내 상태</translation>
        </message>
        <message>
            <source>No readings match. Add one with “Add reading”, import a RIS or BibTeX file, or clear the filters.</source>
            <translation>일치하는 읽기 자료가 없습니다. “읽기 자료 추가”로 추가하거나, RIS 또는 BibTeX 파일을 가져오거나, 필터를 지우세요.</translation>
        </message>
        <message>
            <source>Filter readings by title</source>
            <translation>제목으로 읽기 자료 필터</translation>
        </message>
        <message>
            <source>Show readings of type</source>
            <translation>이 유형의 읽기 자료 보기</translation>
        </message>
        <message>
            <source>Show readings with my status</source>
            <translation>내 상태가 이것인 읽기 자료 보기</translation>
        </message>
        <message>
            <source>Show readings of year</source>
            <translation>이 연도의 읽기 자료 보기</translation>
        </message>
        <message>
            <source>Show readings with tag</source>
            <translation>이 태그가 있는 읽기 자료 보기</translation>
        </message>
        <message>
            <source>Show readings of working group</source>
            <translation>이 워킹그룹의 읽기 자료 보기</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>모든 유형</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>모든 상태</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>모든 연도</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>모든 태그</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>모든 워킹그룹</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln readings</source>
            <translation>
                <numerusform>읽을거리 %Ln개 삭제</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln readings to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>읽을거리 %Ln개를 휴지통으로 옮겼습니다. 실행 취소하면 되돌아옵니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading lists (%1);;All files (*)</source>
            <translation>읽기 목록 (%1);;모든 파일 (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln more readings from %1.</source>
            <translation>
                <numerusform>%1에서 읽을거리 %Ln개를 더 가져왔습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, as already in the workspace or repeated in the file (same DOI; or same title, year and first author; or same web address and title): %1.</source>
            <translation>작업 공간에 이미 있거나 파일에서 반복되어 건너뜀(같은 DOI, 또는 같은 제목·연도·제1저자, 또는 같은 웹 주소와 제목): %1.</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>외 %1개</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln readings to %1.</source>
            <translation>
                <numerusform>읽을거리 %Ln개를 %1(으)로 내보냈습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete reading</source>
            <translation>읽기 자료 삭제</translation>
        </message>
        <message>
            <source>Import readings</source>
            <translation>읽기 자료 가져오기</translation>
        </message>
        <message>
            <source>Importing %s…</source>
            <translation>%s 가져오는 중…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Import %s</source>
            <translation>%s 가져오기</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>가져오기 완료</translation>
        </message>
        <message>
            <source>Import them anyway</source>
            <translation>그래도 가져오기</translation>
        </message>
        <message>
            <source>“%1” has the DOI of “%2”</source>
            <translation>“%1”의 DOI가 “%2”와 같습니다</translation>
        </message>
        <message>
            <source>“%1” has the title, year and first author of “%2”</source>
            <translation>“%1”의 제목, 연도, 제1저자가 “%2”와 같습니다</translation>
        </message>
        <message>
            <source>“%1” has the web address and title of “%2”</source>
            <translation>“%1”의 웹 주소와 제목이 “%2”와 같습니다</translation>
        </message>
        <message>
            <source>“%1” looks like “%2”</source>
            <translation>“%1”이(가) “%2”와 비슷합니다</translation>
        </message>
        <message>
            <source>%1 (earlier in the file)</source>
            <translation>%1 (파일 앞부분)</translation>
        </message>
        <message>
            <source>Readings added from %1: %2.</source>
            <translation>%1에서 추가한 읽기 자료: %2.</translation>
        </message>
        <message>
            <source>Left out, as they could not be read: %1.</source>
            <translation>읽을 수 없어 제외함: %1.</translation>
        </message>
        <message>
            <source>Export readings</source>
            <translation>읽기 자료 내보내기</translation>
        </message>
        <message>
            <source>Select the readings to export first.</source>
            <translation>먼저 내보낼 읽기 자료를 선택하세요.</translation>
        </message>
        <message>
            <source>Export selected readings</source>
            <translation>선택한 읽기 자료 내보내기</translation>
        </message>
        <message>
            <source>No readings are shown, so there is nothing to export.</source>
            <translation>표시된 읽기 자료가 없어 내보낼 것이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ReceiveFlow</name>
        <message>
            <source>Importing %s…</source>
            <translation>%s 가져오는 중…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>another city</source>
            <translation>다른 도시</translation>
        </message>
        <message>
            <source>This publication says it comes from %1, and it is signed by a key you have not trusted for that city yet. Its fingerprint is:

%2

Ask %1's team for the fingerprint of their key (by phone, or on the network hub's page) and trust it only if the two are the same.</source>
            <translation>이 게시물은 %1에서 왔다고 하며, 그 도시의 키로 아직 신뢰하지 않은 키로 서명되어 있습니다. 지문은 다음과 같습니다.

%2

%1 팀에 키 지문을 물어보고(전화로, 또는 네트워크 허브 페이지에서) 두 지문이 같을 때만 신뢰하세요.</translation>
        </message>
        <message>
            <source>A key you have not trusted yet</source>
            <translation>아직 신뢰하지 않은 키</translation>
        </message>
        <message>
            <source>Trust it and import</source>
            <translation>신뢰하고 가져오기</translation>
        </message>
        <message numerus="yes">
            <source>%1 holds %n of your published records; your next publication for it carries only what it lacks.</source>
            <translation>
                <numerusform>%1에 게시한 기록 %n개가 있습니다. 다음에 그곳에 보내는 게시물에는 빠진 것만 담깁니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrived</source>
            <translation>
                <numerusform>새로 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>업데이트 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n withdrawn</source>
            <translation>
                <numerusform>철회 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: nothing new in this publication.</source>
            <translation>%1: 이 게시물에 새 내용이 없습니다.</translation>
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
            <translation>(삭제됨)</translation>
        </message>
        <message>
            <source>A newer version of GCEN Desktop set this; update it to change this value.</source>
            <translation>이 값은 더 새로운 버전의 GCEN Desktop에서 설정되었습니다. 바꾸려면 앱을 업데이트하세요.</translation>
        </message>
        <message>
            <source>Teammates wrote different values here; see Conflicts.</source>
            <translation>팀원들이 여기에 서로 다른 값을 썼습니다. 충돌을 확인하세요.</translation>
        </message>
        <message>
            <source>Other cities get its current text when your team publishes to the network, not its history.</source>
            <translation>팀이 네트워크에 게시하면 다른 도시는 이 기록의 현재 본문을 받으며, 이력은 받지 않습니다.</translation>
        </message>
        <message>
            <source>%s was not changed: type a date like %s or %s.</source>
            <translation>%s은(는) 변경되지 않았습니다. %s 또는 %s 형식으로 날짜를 입력하세요.</translation>
        </message>
        <message>
            <source>%s cannot be empty.</source>
            <translation>%s은(는) 비워 둘 수 없습니다.</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>%s 편집</translation>
        </message>
    </context>
    <context>
        <name>RecordPickerDialog</name>
        <message>
            <source>Type to find by title…</source>
            <translation>제목으로 찾으려면 입력하세요…</translation>
        </message>
        <message>
            <source>Find by title</source>
            <translation>제목으로 찾기</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>항목 유형</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>모든 유형</translation>
        </message>
        <message>
            <source>Matching records</source>
            <translation>일치하는 항목</translation>
        </message>
        <message>
            <source>Nothing matches. Try fewer letters, or create the record first.</source>
            <translation>일치하는 것이 없습니다. 글자를 줄여 보거나 먼저 항목을 만드세요.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>추가</translation>
        </message>
    </context>
    <context>
        <name>RecordSection</name>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
    </context>
    <context>
        <name>SavedFileDialog</name>
        <message>
            <source>Export finished</source>
            <translation>내보내기 완료</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Open the saved file</source>
            <translation>저장한 파일 열기</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>폴더에서 보기</translation>
        </message>
        <message>
            <source>Show the saved file in its folder</source>
            <translation>저장한 파일을 폴더에서 보기</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the workspace</source>
            <translation>작업 공간 검색</translation>
        </message>
        <message>
            <source>Search notes, readings, plans, people…</source>
            <translation>노트, 읽기 자료, 계획, 사람 검색…</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>검색어</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>검색 결과</translation>
        </message>
        <message>
            <source>Type a few words; results are grouped by kind. Enter opens the first.</source>
            <translation>몇 단어를 입력하세요. 결과는 종류별로 묶입니다. Enter 키로 첫 결과를 엽니다.</translation>
        </message>
        <message>
            <source>Nothing found. Try fewer or different words.</source>
            <translation>찾은 것이 없습니다. 더 적거나 다른 단어로 해 보세요.</translation>
        </message>
        <message>
            <source>Still indexing a recent import; some results may be missing.</source>
            <translation>최근 가져온 내용을 아직 색인하는 중이라 일부 결과가 빠질 수 있습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln results. Enter opens the selected one.</source>
            <translation>
                <numerusform>결과 %Ln개. Enter를 누르면 선택한 결과가 열립니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedFolderPanel</name>
        <message>
            <source>Shared folder</source>
            <translation>공유 폴더</translation>
        </message>
        <message>
            <source>If your team shares a folder (a synced drive), GCEN Desktop puts your bundle there and imports your teammates' bundles every five minutes.</source>
            <translation>팀이 폴더(동기화 드라이브)를 공유하면 GCEN Desktop이 내 번들을 그곳에 두고 5분마다 팀원의 번들을 가져옵니다.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>폴더 선택…</translation>
        </message>
        <message>
            <source>Stop using it</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>지금 동기화</translation>
        </message>
        <message>
            <source>Look at it…</source>
            <translation>살펴보기…</translation>
        </message>
        <message>
            <source>Open the bundle with its preview, then decide</source>
            <translation>미리 보기와 함께 번들을 연 뒤 결정하세요</translation>
        </message>
        <message>
            <source>Not available in this build.</source>
            <translation>이 빌드에서는 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>No shared folder. Bundles travel by USB stick or e-mail.</source>
            <translation>공유 폴더가 없습니다. 번들은 USB 메모리나 이메일로 전달합니다.</translation>
        </message>
        <message>
            <source>Choose the folder your team shares</source>
            <translation>팀이 공유하는 폴더를 선택하세요</translation>
        </message>
        <message>
            <source>Last sync: nothing new from teammates.</source>
            <translation>마지막 동기화: 팀원에게서 새로운 것이 없습니다.</translation>
        </message>
        <message>
            <source>Last sync brought in one bundle.</source>
            <translation>마지막 동기화로 번들 1개를 가져왔습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Last sync brought in %Ln bundles.</source>
            <translation>
                <numerusform>마지막 동기화로 묶음 %Ln개를 가져왔습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %s</source>
            <translation>마지막 동기화 실패: %s</translation>
        </message>
        <message>
            <source>Waiting for you (not imported automatically):</source>
            <translation>결정을 기다리는 번들(자동으로 가져오지 않음):</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>Could not open the workspace</source>
            <translation>작업 공간을 열 수 없습니다</translation>
        </message>
        <message>
            <source>Open a workspace folder</source>
            <translation>작업 공간 폴더 열기</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>새 작업 공간</translation>
        </message>
        <message>
            <source>That folder is empty. Create a new workspace in it?</source>
            <translation>이 폴더는 비어 있습니다. 여기에 새 작업 공간을 만들까요?</translation>
        </message>
        <message>
            <source>Create a workspace…</source>
            <translation>작업 공간 만들기…</translation>
        </message>
        <message>
            <source>No workspace there</source>
            <translation>그곳에 작업 공간이 없습니다</translation>
        </message>
        <message>
            <source>That folder holds no GCEN workspace; pick the folder you created it in, or an empty folder for a new workspace.</source>
            <translation>이 폴더에는 GCEN 작업 공간이 없습니다. 작업 공간을 만든 폴더를 고르거나, 새 작업 공간을 위한 빈 폴더를 고르세요.</translation>
        </message>
        <message>
            <source>That workspace is open in another window, which is now in front.</source>
            <translation>이 작업 공간은 다른 창에 열려 있으며, 그 창을 앞으로 가져왔습니다.</translation>
        </message>
    </context>
    <context>
        <name>StageBar</name>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>탐구 사이클 단계</translation>
        </message>
        <message>
            <source>Stage %s</source>
            <translation>%s 단계</translation>
        </message>
    </context>
    <context>
        <name>SymposiaSection</name>
        <message>
            <source>Symposium</source>
            <translation>심포지엄</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Symposia</source>
            <translation>심포지엄</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>새 심포지엄</translation>
        </message>
        <message>
            <source>Filter by title</source>
            <translation>제목으로 필터</translation>
        </message>
        <message>
            <source>No symposia or meetings yet. Add the next one with “New symposium” to plan its agenda and prep checklist.</source>
            <translation>아직 심포지엄이나 회의가 없습니다. “새 심포지엄”으로 다음 행사를 추가해 일정과 준비 체크리스트를 계획하세요.</translation>
        </message>
        <message>
            <source>Nothing matches the filter. Clear it to see every event.</source>
            <translation>필터와 일치하는 것이 없습니다. 필터를 지우면 모든 행사를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Delete symposium %s</source>
            <translation>심포지엄 %s 삭제</translation>
        </message>
    </context>
    <context>
        <name>SymposiumEditor</name>
        <message>
            <source>Briefing pack</source>
            <translation>브리핑 자료집</translation>
        </message>
        <message>
            <source>Export the briefing pack</source>
            <translation>브리핑 자료집 내보내기</translation>
        </message>
        <message>
            <source>Agenda calendar…</source>
            <translation>일정 캘린더…</translation>
        </message>
        <message>
            <source>Save the agenda as a calendar file (iCalendar)</source>
            <translation>일정을 캘린더 파일(iCalendar)로 저장</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>개최 도시</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참가자</translation>
        </message>
        <message>
            <source>Who is going? Add the team members taking part.</source>
            <translation>누가 참가하나요? 참가하는 팀 구성원을 추가하세요.</translation>
        </message>
        <message>
            <source>Add participants</source>
            <translation>참가자 추가</translation>
        </message>
        <message>
            <source>Readings and notes to prepare with</source>
            <translation>사전 준비용 읽기 자료와 노트</translation>
        </message>
        <message>
            <source>Link the readings and notes participants should see before they travel.</source>
            <translation>참가자가 출발 전에 봐야 할 읽기 자료와 노트를 연결하세요.</translation>
        </message>
        <message>
            <source>Link readings and notes</source>
            <translation>읽기 자료와 노트 연결</translation>
        </message>
        <message>
            <source>Notes taken at this event</source>
            <translation>이 행사에서 작성한 노트</translation>
        </message>
        <message>
            <source>Notes whose symposium is this one appear here.</source>
            <translation>심포지엄이 이 행사인 노트가 여기에 표시됩니다.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>개요</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>%Ln일 후</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln prep items done</source>
            <translation>
                <numerusform>준비 항목 %Ln개 중 %1개 완료</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n agenda items to %1.</source>
            <translation>
                <numerusform>일정 항목 %n개를 %1에 저장했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>일정</translation>
        </message>
        <message>
            <source>Prep checklist</source>
            <translation>준비 체크리스트</translation>
        </message>
        <message>
            <source>Readings and notes</source>
            <translation>읽기 자료와 노트</translation>
        </message>
        <message>
            <source>No symposium open</source>
            <translation>열린 심포지엄 없음</translation>
        </message>
        <message>
            <source>Plan the next symposium or working-group meeting here: its days and sessions, who goes, what to prepare and read, and a briefing pack to share.</source>
            <translation>다음 심포지엄이나 워킹그룹 회의를 여기에서 계획하세요: 일정과 세션, 참가자, 준비하고 읽을 것, 공유할 브리핑 자료집.</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>새 심포지엄</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync with your team</source>
            <translation>팀과 동기화</translation>
        </message>
        <message>
            <source>Share with other cities</source>
            <translation>다른 도시와 공유</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>동기화</translation>
        </message>
        <message>
            <source>Sync information is not available: %s</source>
            <translation>동기화 정보를 사용할 수 없습니다: %s</translation>
        </message>
        <message>
            <source>Last exchange: %s.</source>
            <translation>마지막 교환: %s.</translation>
        </message>
        <message>
            <source>No bundles exchanged yet. Export one for your team, or import the one a teammate sent you.</source>
            <translation>아직 주고받은 번들이 없습니다. 팀을 위해 하나 내보내거나 팀원이 보낸 번들을 가져오세요.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>번들 가져오기</translation>
        </message>
        <message>
            <source>GCEN bundle (*.gcen)</source>
            <translation>GCEN 번들 (*.gcen)</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>이미 가져오기가 진행 중입니다. 끝날 때까지 기다리세요.</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>마지막 가져오기 취소</translation>
        </message>
        <message>
            <source>Put the workspace back as it was just before the last import? What the import added or changed is taken out again.</source>
            <translation>작업 공간을 마지막 가져오기 직전 상태로 되돌릴까요? 그 가져오기로 추가되거나 바뀐 내용이 다시 빠집니다.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>가져오기 취소</translation>
        </message>
        <message>
            <source>The last import was undone.</source>
            <translation>마지막 가져오기를 취소했습니다.</translation>
        </message>
        <message>
            <source>export for the team</source>
            <translation>팀용 내보내기</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <source>Tags, separated by commas</source>
            <translation>태그(쉼표로 구분)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
    </context>
    <context>
        <name>TimeZoneDialog</name>
        <message>
            <source>Time zone of the agenda</source>
            <translation>일정의 시간대</translation>
        </message>
        <message>
            <source>The agenda of “%1” lists local times, but its host city does not say which time zone they are in. Choose the time zone of the place where it is held:</source>
            <translation>“%1”의 일정은 현지 시각으로 적혀 있지만 개최 도시로는 시간대를 알 수 없습니다. 개최 장소의 시간대를 선택하세요:</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>시간대</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>삭제일</translation>
        </message>
    </context>
    <context>
        <name>TrashSection</name>
        <message>
            <source>Trash</source>
            <translation>휴지통</translation>
        </message>
        <message>
            <source>Deleted records stay here until you restore them or delete them permanently.</source>
            <translation>삭제한 항목은 복원하거나 영구 삭제할 때까지 여기에 남아 있습니다.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>복원</translation>
        </message>
        <message>
            <source>Restore the selected records</source>
            <translation>선택한 항목 복원</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>영구 삭제</translation>
        </message>
        <message>
            <source>Delete the selected records permanently</source>
            <translation>선택한 항목을 영구 삭제</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>휴지통 비우기</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>휴지통을 비웁니다</translation>
        </message>
        <message>
            <source>Deleted records</source>
            <translation>삭제된 항목</translation>
        </message>
        <message>
            <source>The trash is empty. Anything you delete appears here and can be restored.</source>
            <translation>휴지통이 비어 있습니다. 삭제한 것은 모두 여기에 표시되며 복원할 수 있습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Restored %Ln records.</source>
            <translation>
                <numerusform>기록 %Ln개를 복원했습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %Ln records</source>
            <translation>
                <numerusform>기록 %Ln개 복원</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore from trash</source>
            <translation>휴지통에서 복원</translation>
        </message>
        <message>
            <source>Teammates who already have them keep them: your deletion reaches them with your bundles, and their copies stay in their own trash until they empty theirs.</source>
            <translation>이미 이 항목을 가진 팀원은 계속 갖게 됩니다. 삭제 사실은 번들을 통해 전달되며, 팀원의 사본은 각자 휴지통을 비울 때까지 휴지통에 남습니다.</translation>
        </message>
        <message>
            <source>Delete the selected records permanently? What they say is removed from this computer; they cannot be restored, and this cannot be undone.</source>
            <translation>선택한 항목을 영구 삭제할까요? 내용이 이 컴퓨터에서 지워지며, 복원할 수 없고 실행을 취소할 수도 없습니다.</translation>
        </message>
        <message>
            <source>Delete everything in the trash permanently? What it says is removed from this computer; nothing in it can be restored, and this cannot be undone.</source>
            <translation>휴지통의 모든 항목을 영구 삭제할까요? 내용이 이 컴퓨터에서 지워지며, 어떤 항목도 복원할 수 없고 실행을 취소할 수도 없습니다.</translation>
        </message>
        <message>
            <source>Deleted permanently.</source>
            <translation>영구 삭제했습니다.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <source>the team</source>
            <translation>팀</translation>
        </message>
        <message>
            <source>Teammate using this workspace</source>
            <translation>이 작업 공간을 쓰는 팀원</translation>
        </message>
        <message>
            <source>Changes not yet shared</source>
            <translation>아직 공유하지 않은 변경 사항</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>마지막 교환</translation>
        </message>
        <message>
            <source>Workspace state</source>
            <translation>작업 공간 상태</translation>
        </message>
        <message>
            <source>Counting changes not yet shared…</source>
            <translation>아직 공유하지 않은 변경 사항을 세는 중…</translation>
        </message>
        <message>
            <source>Read-only: this workspace can be read but not changed</source>
            <translation>읽기 전용: 이 작업 공간은 읽을 수는 있지만 변경할 수는 없습니다</translation>
        </message>
        <message>
            <source>Damaged: changes are refused; restore a backup or join the workspace again</source>
            <translation>손상됨: 변경이 거부됩니다. 백업을 복원하거나 작업 공간에 다시 참여하세요</translation>
        </message>
        <message>
            <source>You: %s</source>
            <translation>나: %s</translation>
        </message>
        <message>
            <source>Choose who you are in Preferences</source>
            <translation>환경설정에서 내가 누구인지 선택하세요</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes not yet shared</source>
            <translation>
                <numerusform>공유하지 않은 변경 사항 %Ln개</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything shared</source>
            <translation>모두 공유됨</translation>
        </message>
        <message>
            <source>Last exchange with %s</source>
            <translation>마지막 교환 상대: %s</translation>
        </message>
        <message>
            <source>No exchange yet</source>
            <translation>아직 교환 없음</translation>
        </message>
    </context>
    <context>
        <name>WriterNames</name>
        <message>
            <source>you (this computer)</source>
            <translation>나(이 컴퓨터)</translation>
        </message>
        <message>
            <source>a teammate (%s…)</source>
            <translation>팀원(%s…)</translation>
        </message>
    </context>
    <context>
        <name>_CitiesPage</name>
        <message>
            <source>Practices from this city</source>
            <translation>이 도시의 실천 사례</translation>
        </message>
        <message>
            <source>No practice in the portfolio comes from this city yet. Set a practice's city on the “Practices” screen.</source>
            <translation>포트폴리오에 아직 이 도시의 실천 사례가 없습니다. 실천 사례의 도시는 “실천 사례” 화면에서 정하세요.</translation>
        </message>
    </context>
    <context>
        <name>_MembersPage</name>
        <message>
            <source>This is you.</source>
            <translation>본인입니다.</translation>
        </message>
        <message>
            <source>Working groups: %s</source>
            <translation>워킹그룹: %s</translation>
        </message>
        <message>
            <source>Not in a working group yet.</source>
            <translation>아직 워킹그룹에 속하지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>Deleting</name>
        <message>
            <source>They go to the trash with it, and Undo brings them all back.</source>
            <translation>함께 휴지통으로 이동하며, 실행 취소로 모두 되돌릴 수 있습니다.</translation>
        </message>
        <message>
            <source>This plan has %1.</source>
            <translation>이 계획에는 %1가 있습니다.</translation>
        </message>
        <message>
            <source>This plan has %1 and %2.</source>
            <translation>이 계획에는 %1와 %2가 있습니다.</translation>
        </message>
        <message>
            <source>This goal has %1.</source>
            <translation>이 목표에는 %1가 있습니다.</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>“%1”을(를) 삭제할까요?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>This symposium has %1.</source>
            <translation>이 심포지엄에는 %1가 있습니다.</translation>
        </message>
        <message>
            <source>This symposium has %1 and %2.</source>
            <translation>이 심포지엄에는 %1와 %2가 있습니다.</translation>
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
            <translation>PDF 문서</translation>
        </message>
        <message>
            <source>Word (DOCX)</source>
            <translation>Word (DOCX)</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>Word 문서</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>웹 페이지 (HTML)</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>웹 페이지</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>스프레드시트(CSV)</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>스프레드시트</translation>
        </message>
        <message>
            <source>Calendar (iCalendar)</source>
            <translation>캘린더(iCalendar)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>캘린더</translation>
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
            <translation>작업 공간</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>사람</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>워킹그룹</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>심포지엄</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>일정 항목</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>체크리스트 항목</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>노트</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>읽기 자료</translation>
        </message>
        <message>
            <source>Reading status</source>
            <translation>읽기 상태</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>실천 사례</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>실행 계획</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>실행 항목</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>첨부 파일</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>링크</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>공유 대상</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>소속 기관</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>이메일</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>국가</translation>
        </message>
        <message>
            <source>Problem of practice</source>
            <translation>실천 과제</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>개최 도시</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>일차</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>종료 시각</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>장소</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>마감</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>순서</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>텍스트</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>워킹그룹</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>심포지엄</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>저자</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>발행처</translation>
        </message>
        <message>
            <source>Published in</source>
            <translation>게재지</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>웹 주소</translation>
        </message>
        <message>
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>초록</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>중요한 이유</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>배정 대상</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <source>Results and evidence</source>
            <translation>결과와 근거</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>연락처</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>근거</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>계획 책임자</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>기준값</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표값</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>실무 책임자</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>최종 책임자</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>마일스톤</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>메모</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>Private (this computer only)</source>
            <translation>비공개(이 컴퓨터에만)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>팀</translation>
        </message>
        <message>
            <source>Network (other cities may see it)</source>
            <translation>네트워크(다른 도시도 볼 수 있음)</translation>
        </message>
        <message>
            <source>Superintendent</source>
            <translation>교육감</translation>
        </message>
        <message>
            <source>Senior leader</source>
            <translation>고위 리더</translation>
        </message>
        <message>
            <source>Content expert</source>
            <translation>분야 전문가</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>이해관계자</translation>
        </message>
        <message>
            <source>Practitioner-leader</source>
            <translation>현장 리더</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>직원</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>사례 연구</translation>
        </message>
        <message>
            <source>Background paper</source>
            <translation>배경 자료</translation>
        </message>
        <message>
            <source>Meeting report</source>
            <translation>회의 보고서</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>논문</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>보고서</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>도서</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>웹 페이지</translation>
        </message>
        <message>
            <source>To read</source>
            <translation>읽을 예정</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>읽는 중</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>읽음</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>논의함</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>세션</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>현장 방문</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>성찰</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>회의</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>심포지엄</translation>
        </message>
        <message>
            <source>Working-group meeting</source>
            <translation>워킹그룹 회의</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>웨비나</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>교류</translation>
        </message>
        <message>
            <source>Expert talk</source>
            <translation>전문가 강연</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>워크숍</translation>
        </message>
        <message>
            <source>Plenary</source>
            <translation>전체 회의</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>탐구</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>논의</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>계획</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>검토</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>초안</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>활성</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>시작 전</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>막힘</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>일시 중지</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>종료됨</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Action plan</source>
            <translation>실행 계획</translation>
        </message>
        <message>
            <source>Symposium briefing pack</source>
            <translation>심포지엄 브리핑 자료집</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>목차</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>팀</translation>
        </message>
        <message>
            <source>Stage of the inquiry cycle</source>
            <translation>탐구 사이클 단계</translation>
        </message>
        <message>
            <source>Plan owner</source>
            <translation>계획 책임자</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <source>Adapted from</source>
            <translation>참고한 사례</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>실천 사례</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Goals and actions</source>
            <translation>목표와 실행 항목</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>실행 항목</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>진행률</translation>
        </message>
        <message>
            <source>Actions done: {done} of {total}</source>
            <translation>완료된 실행 항목: {done} / {total}</translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>아직 실행 항목이 없습니다.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>근거 자료</translation>
        </message>
        <message>
            <source>Readings from the team's reading list that this plan draws on.</source>
            <translation>이 계획의 바탕이 된 팀 읽기 목록의 자료입니다.</translation>
        </message>
        <message>
            <source>The team's notes this plan draws on are in the appendix.</source>
            <translation>이 계획의 바탕이 된 팀 노트는 부록에 있습니다.</translation>
        </message>
        <message>
            <source>Appendix: linked notes</source>
            <translation>부록: 연결된 노트</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>기록 없음.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>{page} / {pages} 페이지</translation>
        </message>
        <message>
            <source>No font on this computer can draw these characters; each shows as �: {chars}.</source>
            <translation>이 컴퓨터의 어떤 글꼴로도 다음 문자를 표시할 수 없어 각각 �(으)로 표시됩니다: {chars}.</translation>
        </message>
        <message>
            <source>Prepared with GCEN Desktop on {date}</source>
            <translation>{date}에 GCEN Desktop으로 작성</translation>
        </message>
        <message>
            <source>For circulation within the {network}.</source>
            <translation>{network} 내부 회람용.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>개요</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>일정</translation>
        </message>
        <message>
            <source>Day {day}</source>
            <translation>{day}일차</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>세션</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>현장 방문</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참가자</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Preparation checklist</source>
            <translation>준비 체크리스트</translation>
        </message>
        <message>
            <source>Items done: {done} of {total}</source>
            <translation>완료된 항목: {done} / {total}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>미완료</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Assigned readings</source>
            <translation>배정된 읽기 자료</translation>
        </message>
        <message>
            <source>Team notes by working group</source>
            <translation>워킹그룹별 팀 노트</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>기타 노트</translation>
        </message>
        <message>
            <source>Status of the team's plans</source>
            <translation>팀 계획의 상태</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>노트</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Actions and milestones</source>
            <translation>실행 항목과 마일스톤</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>마감: {title}</translation>
        </message>
        <message>
            <source>Milestone: {title}</source>
            <translation>마일스톤: {title}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Give --format (%(formats)s) or a file name ending in one of them.</source>
            <translation>--format(%(formats)s)을 지정하거나 그중 하나로 끝나는 파일 이름을 쓰세요.</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; pass it with --tz, e.g. --tz Asia/Seoul.</source>
            <translation>개최 도시로는 '%(title)s'의 시간대를 알 수 없습니다. --tz로 지정하세요(예: --tz Asia/Seoul).</translation>
        </message>
        <message>
            <source>A network publication is always signed and never encrypted; leave out --no-sign, --passphrase-file and --recipient.</source>
            <translation>네트워크 발행물은 항상 서명되며 암호화되지 않습니다. --no-sign, --passphrase-file, --recipient를 빼세요.</translation>
        </message>
        <message>
            <source>%(folder)s holds no workspace; a network publication is imported into a workspace ('gcen init' makes one).</source>
            <translation>%(folder)s에는 작업 공간이 없습니다. 네트워크 발행물은 작업 공간으로 가져옵니다('gcen init'으로 만들 수 있습니다).</translation>
        </message>
        <message>
            <source>A network publication is not previewed; 'gcen network import' takes it into the network library, where nothing is the team's own.</source>
            <translation>네트워크 발행물은 미리 보지 않습니다. 'gcen network import'는 이를 네트워크 자료실에 넣으며, 그곳의 어떤 것도 팀의 것이 아닙니다.</translation>
        </message>
        <message>
            <source>Expected --FIELD VALUE, got '%(token)s'.</source>
            <translation>--FIELD VALUE 형식이어야 하는데 '%(token)s'이(가) 왔습니다.</translation>
        </message>
        <message>
            <source>--%(name)s needs a value.</source>
            <translation>--%(name)s에는 값이 필요합니다.</translation>
        </message>
        <message>
            <source>No single %(types)s is called '%(name)s'; give its id instead.</source>
            <translation>'%(name)s'이라는 %(types)s이(가) 하나로 정해지지 않습니다. 대신 ID를 지정하세요.</translation>
        </message>
        <message>
            <source>Use --set FIELD=VALUE, not '%(item)s'.</source>
            <translation>'%(item)s' 대신 --set FIELD=VALUE 형식을 쓰세요.</translation>
        </message>
        <message>
            <source>The workspace check found problems (listed above); restore the workspace folder from a backup, or join the workspace again from a teammate's full bundle, and keep a copy of this folder to ask for help.</source>
            <translation>작업 공간 검사에서 문제가 발견되었습니다(위 목록 참조). 백업에서 작업 공간 폴더를 복원하거나 팀원의 전체 번들로 작업 공간에 다시 참여하고, 도움을 요청할 수 있도록 이 폴더의 사본을 보관하세요.</translation>
        </message>
        <message>
            <source>The identity file %(path)s is not a regular file; save the identity in a file and give its name.</source>
            <translation>ID 파일 %(path)s은(는) 일반 파일이 아닙니다. ID를 파일에 저장하고 그 이름을 지정하세요.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is not a regular file; save the passphrase in a file and give its name.</source>
            <translation>암호 문구 파일 %(path)s은(는) 일반 파일이 아닙니다. 암호 문구를 파일에 저장하고 그 이름을 지정하세요.</translation>
        </message>
        <message>
            <source>The identity file %(path)s is longer than %(limit)d bytes; check that it is the right file.</source>
            <translation>ID 파일 %(path)s이(가) %(limit)d바이트보다 깁니다. 올바른 파일인지 확인하세요.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s is longer than %(limit)d bytes; a passphrase is one line, check that it is the right file.</source>
            <translation>암호 문구 파일 %(path)s이(가) %(limit)d바이트보다 깁니다. 암호 문구는 한 줄이니 올바른 파일인지 확인하세요.</translation>
        </message>
        <message>
            <source>The identity file %(path)s cannot be read; check the name.</source>
            <translation>신원 파일 %(path)s을(를) 읽을 수 없습니다. 이름을 확인하세요.</translation>
        </message>
        <message>
            <source>The passphrase file %(path)s cannot be read; check the name.</source>
            <translation>암호 문구 파일 %(path)s을(를) 읽을 수 없습니다. 이름을 확인하세요.</translation>
        </message>
        <message>
            <source>The file %(path)s holds no age identity (a line starting AGE-SECRET-KEY-).</source>
            <translation>파일 %(path)s에 age 신원(AGE-SECRET-KEY-로 시작하는 줄)이 없습니다.</translation>
        </message>
        <message>
            <source>%(refusal)s (--preview shows it; --once imports it once; --yes trusts the key that signed it.)</source>
            <translation>%(refusal)s (--preview로 미리 보고, --once로 한 번만 가져오며, --yes로 서명한 키를 신뢰합니다.)</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s to preview against; import without --preview to join.</source>
            <translation>%(folder)s에는 미리 보기에 쓸 작업 공간이 없습니다. 참여하려면 --preview 없이 가져오세요.</translation>
        </message>
        <message>
            <source>--as-copies cannot be previewed; import the copies, then 'gcen undo-import' if unwanted.</source>
            <translation>--as-copies는 미리 볼 수 없습니다. 사본을 가져온 뒤 원하지 않으면 'gcen undo-import'를 실행하세요.</translation>
        </message>
        <message>
            <source>%(refusal)s To copy its records into this workspace, add --as-copies.</source>
            <translation>%(refusal)s 그 항목들을 이 작업 공간에 복사하려면 --as-copies를 추가하세요.</translation>
        </message>
        <message>
            <source>'%(field)s' cannot be empty.</source>
            <translation>'%(field)s'은(는) 비워 둘 수 없습니다.</translation>
        </message>
        <message>
            <source>'%(field)s' is longer than %(limit)d characters.</source>
            <translation>'%(field)s'이(가) %(limit)d자를 넘습니다.</translation>
        </message>
        <message>
            <source>'%(field)s' contains a NUL character, which other teammates' stores cannot hold; remove it and try again.</source>
            <translation>'%(field)s'에 NUL 문자가 들어 있어 팀원의 저장소에 보관할 수 없습니다. 그 문자를 지우고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>'%(field)s' holds text that is not valid Unicode (a lone surrogate); type or paste it again.</source>
            <translation>'%(field)s'에 올바른 유니코드가 아닌 텍스트(짝 없는 서로게이트)가 들어 있습니다. 다시 입력하거나 붙여 넣으세요.</translation>
        </message>
        <message>
            <source>'%(value)s' is not an order key for '%(field)s' (e.g. a0); move the record instead.</source>
            <translation>'%(value)s'은(는) '%(field)s'의 순서 키가 아닙니다(예: a0). 대신 항목을 이동하세요.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a date for '%(field)s': use YYYY-MM-DD, e.g. 2026-03-14.</source>
            <translation>'%(value)s'은(는) '%(field)s'에 맞는 날짜가 아닙니다. YYYY-MM-DD 형식을 쓰세요(예: 2026-03-14).</translation>
        </message>
        <message>
            <source>'%(value)s' is not a time for '%(field)s': use HH:MM.</source>
            <translation>'%(value)s'은(는) '%(field)s'에 맞는 시간이 아닙니다. HH:MM 형식을 쓰세요.</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number.</source>
            <translation>'%(field)s'은(는) 정수여야 합니다.</translation>
        </message>
        <message>
            <source>'%(field)s' must be a whole number, not '%(value)s'.</source>
            <translation>'%(field)s'은(는) '%(value)s'이(가) 아니라 정수여야 합니다.</translation>
        </message>
        <message>
            <source>'%(field)s' is too large a number; use one of at most 18 digits.</source>
            <translation>'%(field)s'의 숫자가 너무 큽니다. 최대 18자리 숫자를 사용하세요.</translation>
        </message>
        <message>
            <source>'%(field)s' must be yes or no, not '%(value)s'.</source>
            <translation>'%(field)s'은(는) '%(value)s'이(가) 아니라 예 또는 아니요(yes/no)여야 합니다.</translation>
        </message>
        <message>
            <source>'%(value)s' is not a %(field)s; choose one of: %(choices)s.</source>
            <translation>'%(value)s'은(는) 올바른 %(field)s 값이 아닙니다. 다음 중에서 고르세요: %(choices)s.</translation>
        </message>
        <message>
            <source>'%(field)s' must be the id of a record, not '%(value)s'.</source>
            <translation>'%(field)s'은(는) '%(value)s'이(가) 아니라 항목의 ID여야 합니다.</translation>
        </message>
        <message>
            <source>A %(type)s has no field '%(field)s'; its fields are: %(fields)s.</source>
            <translation>%(type)s에는 '%(field)s' 필드가 없습니다. 필드 목록: %(fields)s.</translation>
        </message>
        <message>
            <source>A new %(type)s needs '%(field)s' (e.g. --%(field)s "...").</source>
            <translation>새 %(type)s에는 '%(field)s'이(가) 필요합니다(예: --%(field)s "...").</translation>
        </message>
        <message>
            <source>'%(name)s' is not a record type; use one of: %(types)s.</source>
            <translation>'%(name)s'은(는) 항목 유형이 아닙니다. 다음 중 하나를 쓰세요: %(types)s.</translation>
        </message>
        <message>
            <source>'%(field)s' is too large to send to teammates: this change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take (control characters and some scripts take several bytes each); shorten it and try again.</source>
            <translation>'%(field)s'이(가) 너무 커서 팀원에게 보낼 수 없습니다. 이 %(type)s 변경은 번들에서 %(size)s를 차지하여 변경 하나의 한도(%(limit)s)를 넘습니다(제어 문자와 일부 문자는 글자당 여러 바이트를 차지합니다). 줄인 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change may take; it cannot be sent to teammates.</source>
            <translation>이 %(type)s 변경은 번들에서 %(size)s를 차지하여 변경 하나의 한도(%(limit)s)를 넘으므로 팀원에게 보낼 수 없습니다.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>내보내기가 취소되었습니다. 파일을 쓰지 않았습니다.</translation>
        </message>
        <message>
            <source>GCEN_PDF_FONT names %(path)s, which is not a font file; fix or unset it.</source>
            <translation>GCEN_PDF_FONT가 가리키는 %(path)s은(는) 글꼴 파일이 아닙니다. 값을 고치거나 설정을 해제하세요.</translation>
        </message>
        <message>
            <source>No font covering Chinese, Korean and accented text was found for the PDF; install Noto Sans CJK (Debian/Ubuntu: 'sudo apt install fonts-noto-cjk') or set GCEN_PDF_FONT to a .ttf/.otf/.ttc file, then export again.</source>
            <translation>PDF에 쓸, 중국어와 한국어와 악센트 문자를 모두 지원하는 글꼴을 찾지 못했습니다. Noto Sans CJK를 설치하거나(Debian/Ubuntu: 'sudo apt install fonts-noto-cjk') GCEN_PDF_FONT를 .ttf/.otf/.ttc 파일로 설정한 뒤 다시 내보내세요.</translation>
        </message>
        <message>
            <source>The Word template %(path)s does not exist; pick a .docx file or leave it out.</source>
            <translation>Word 서식 파일 %(path)s이(가) 없습니다. .docx 파일을 고르거나 빼세요.</translation>
        </message>
        <message>
            <source>Cannot tell the format of %(name)s; name it with one of the extensions %(extensions)s, or give --format %(formats)s.</source>
            <translation>%(name)s의 형식을 알 수 없습니다. 확장자를 %(extensions)s 중 하나로 바꾸거나 --format %(formats)s을 지정하세요.</translation>
        </message>
        <message>
            <source>Cannot read %(path)s: %(reason)s; check the path.</source>
            <translation>%(path)s을(를) 읽을 수 없습니다: %(reason)s. 경로를 확인하세요.</translation>
        </message>
        <message>
            <source>%(name)s is %(size)s MB, more than a reading list can be (%(limit)s MB); export a smaller selection and import that.</source>
            <translation>%(name)s은(는) %(size)s MB로, 읽기 자료 목록의 한도(%(limit)s MB)를 넘습니다. 더 작은 범위를 내보내 가져오세요.</translation>
        </message>
        <message>
            <source>%(name)s cannot be read as %(encoding)s (%(reason)s); try another --encoding.</source>
            <translation>%(name)s을(를) %(encoding)s(으)로 읽을 수 없습니다(%(reason)s). 다른 --encoding을 시도하세요.</translation>
        </message>
        <message>
            <source>%(name)s is not UTF-8 text: line %(line)s holds bytes that are not UTF-8; export it again as UTF-8 (Zotero does by default), or name its encoding with --encoding (e.g. cp1252).</source>
            <translation>%(name)s은(는) UTF-8 텍스트가 아닙니다. %(line)s번째 줄에 UTF-8이 아닌 바이트가 있습니다. UTF-8로 다시 내보내거나(Zotero는 기본적으로 UTF-8로 내보냅니다) --encoding으로 인코딩을 지정하세요(예: cp1252).</translation>
        </message>
        <message>
            <source>%(name)s is not a text file (binary data on line %(line)s); pick the exported reading list.</source>
            <translation>%(name)s은(는) 텍스트 파일이 아닙니다(%(line)s번째 줄에 이진 데이터가 있음). 내보낸 읽기 자료 목록을 고르세요.</translation>
        </message>
        <message>
            <source>The file holds no readings: no BibTeX entries were found; an entry looks like '@article{key, title = {...}}'.</source>
            <translation>파일에 읽기 자료가 없습니다. BibTeX 항목을 찾지 못했습니다. 항목은 '@article{key, title = {...}}' 같은 모양입니다.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation>가져오기가 취소되었습니다. 아무것도 추가하지 않았습니다.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s, column %(column)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>파일이 올바른 JSON이 아닙니다(%(line)s번째 줄, %(column)s번째 열: %(reason)s). CSL JSON을 다시 내보내거나 그 부분을 고치세요.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %(line)s: %(reason)s); export the CSL JSON again or fix that spot.</source>
            <translation>파일이 올바른 JSON이 아닙니다(%(line)s번째 줄: %(reason)s). CSL JSON을 다시 내보내거나 그 부분을 고치세요.</translation>
        </message>
        <message>
            <source>The JSON file is not CSL-JSON: it should be a list of items with 'type' and 'title'.</source>
            <translation>JSON 파일이 CSL-JSON이 아닙니다. 'type'과 'title'이 있는 항목의 목록이어야 합니다.</translation>
        </message>
        <message>
            <source>The file holds no readings: the CSL-JSON list is empty.</source>
            <translation>파일에 읽기 자료가 없습니다. CSL-JSON 목록이 비어 있습니다.</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found (line %(line)s is not RIS); a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>파일에 읽기 자료가 없습니다. RIS 레코드를 찾지 못했습니다(%(line)s번째 줄은 RIS가 아닙니다). RIS 레코드는 'TY  - '로 시작해 'ER  - '로 끝납니다.</translation>
        </message>
        <message>
            <source>The file holds no readings: no RIS records were found; a RIS record starts with 'TY  - ' and ends with 'ER  - '.</source>
            <translation>파일에 읽기 자료가 없습니다. RIS 레코드를 찾지 못했습니다. RIS 레코드는 'TY  - '로 시작해 'ER  - '로 끝납니다.</translation>
        </message>
        <message>
            <source>The style file %(path)s could not be read (%(reason)s); fix it or leave it out.</source>
            <translation>스타일 파일 %(path)s을(를) 읽을 수 없습니다(%(reason)s). 파일을 고치거나 빼세요.</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist or cannot be read.</source>
            <translation>파일 %(path)s이(가) 없거나 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>%(name)s is larger than the %(limit)s a file attached to a record may be (teammates could not receive it); share it another way, or attach a smaller copy.</source>
            <translation>%(name)s은(는) 기록에 첨부할 수 있는 %(limit)s보다 큽니다(팀원이 받을 수 없습니다). 다른 방법으로 공유하거나 더 작은 사본을 첨부하세요.</translation>
        </message>
        <message>
            <source>Could not store %(name)s: %(reason)s. Free some disk space and try again.</source>
            <translation>%(name)s을(를) 저장할 수 없습니다: %(reason)s. 디스크 공간을 확보하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The file '%(name)s' has not arrived yet; ask a teammate for a full bundle.</source>
            <translation>파일 '%(name)s'이(가) 아직 도착하지 않았습니다. 팀원에게 전체 번들을 요청하세요.</translation>
        </message>
        <message>
            <source>This export was larger than one bundle may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; your teammate imports each one, and a new teammate joins with the first.</source>
            <translation>이 내보내기는 번들 하나의 최대 크기를 넘어서 파일 %(count)d개(모두 %(size)s, %(first)s부터 %(last)s까지)로 썼습니다. 모두 보내세요. 팀원은 각각을 가져오고, 새 팀원은 첫 번째 파일로 참여합니다.</translation>
        </message>
        <message>
            <source>A version that no bundle can carry (written by an older version of GCEN Desktop) stayed here and the rest was sent: %(records)s; edit that field (or delete the record) and export again.</source>
            <translation>어떤 번들에도 담을 수 없는 버전(이전 버전의 GCEN Desktop이 기록함)은 여기에 남고 나머지는 보냈습니다: %(records)s. 그 필드를 편집하거나 항목을 삭제한 뒤 다시 내보내세요.</translation>
        </message>
        <message>
            <source>The bundle file %(file)s is not the file that was previewed (its SHA-256 differs), so nothing was imported; preview it again and look at what it holds now.</source>
            <translation>번들 파일 %(file)s은(는) 미리 본 파일이 아니므로(SHA-256이 다름) 아무것도 가져오지 않았습니다. 다시 미리 보고 지금 담긴 내용을 확인하세요.</translation>
        </message>
        <message>
            <source>The bundle file %(file)s, previewed as coming from %(name)s, changed after its preview, so nothing was imported; open it again and look at the new preview.</source>
            <translation>%(name)s에게서 온 것으로 미리 본 번들 파일 %(file)s이(가) 미리 보기 후에 바뀌어 아무것도 가져오지 않았습니다. 파일을 다시 열어 새 미리 보기를 확인하세요.</translation>
        </message>
        <message>
            <source>'%(mode)s' is not a kind of export; choose team, peer or full.</source>
            <translation>'%(mode)s'은(는) 내보내기 종류가 아닙니다. team, peer, full 중에서 고르세요.</translation>
        </message>
        <message>
            <source>Choose the teammate to export for.</source>
            <translation>내보낼 대상 팀원을 고르세요.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the bundle.</source>
            <translation>폴더 %(folder)s이(가) 없습니다. 번들을 저장할 다른 위치를 고르세요.</translation>
        </message>
        <message>
            <source>There is no file %(path)s; check the name and try again.</source>
            <translation>%(path)s 파일이 없습니다. 이름을 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>There is no import to undo: the workspace changed since the last import, or nothing was imported.</source>
            <translation>취소할 가져오기가 없습니다. 마지막 가져오기 이후 작업 공간이 바뀌었거나 가져온 것이 없습니다.</translation>
        </message>
        <message>
            <source>The field '%(field)s' of that record has no conflict; 'gcen conflicts' lists them.</source>
            <translation>이 항목의 '%(field)s' 필드에는 충돌이 없습니다. 'gcen conflicts'로 충돌 목록을 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Give either a version number to pick or a new value, not both.</source>
            <translation>고를 버전 번호와 새 값 중 하나만 지정하세요. 둘 다 지정할 수는 없습니다.</translation>
        </message>
        <message>
            <source>That field cannot be set.</source>
            <translation>이 필드는 설정할 수 없습니다.</translation>
        </message>
        <message>
            <source>That record has no deletion to settle.</source>
            <translation>이 항목에는 정리할 삭제가 없습니다.</translation>
        </message>
        <message>
            <source>For a deletion, pick %(keep)d to keep the record or %(delete)d to delete it.</source>
            <translation>삭제의 경우, 항목을 유지하려면 %(keep)d, 삭제하려면 %(delete)d을(를) 고르세요.</translation>
        </message>
        <message>
            <source>Pick a version between 1 and %(count)d.</source>
            <translation>1에서 %(count)d 사이의 버전을 고르세요.</translation>
        </message>
        <message>
            <source>This bundle is from this workspace; import it as usual, not as copies.</source>
            <translation>이 번들은 이 작업 공간의 것입니다. 사본으로 가져오지 말고 평소처럼 가져오세요.</translation>
        </message>
        <message>
            <source>The workspace changed while the import was starting; import the bundle again.</source>
            <translation>가져오기를 시작하는 동안 작업 공간이 바뀌었습니다. 번들을 다시 가져오세요.</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' in this bundle cannot be copied: %(reason)s Nothing was imported.</source>
            <translation>이 번들의 %(type)s '%(title)s'을(를) 복사할 수 없습니다: %(reason)s 아무것도 가져오지 않았습니다.</translation>
        </message>
        <message>
            <source>No %(what)s has the id '%(id)s'; 'gcen list %(what)s' shows the ids.</source>
            <translation>ID가 '%(id)s'인 %(what)s이(가) 없습니다. 'gcen list %(what)s'로 ID를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>The %(what)s '%(title)s' is private; set its visibility to team or network to share it.</source>
            <translation>%(what)s '%(title)s'은(는) 비공개입니다. 공유하려면 공개 범위를 팀 또는 네트워크로 바꾸세요.</translation>
        </message>
        <message>
            <source>A %(what)s can be saved as %(allowed)s, not '%(format)s'; pick one of those.</source>
            <translation>%(what)s은(는) '%(format)s'이(가) 아니라 %(allowed)s(으)로 저장할 수 있습니다. 그중 하나를 고르세요.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose an existing folder to save into.</source>
            <translation>폴더 %(folder)s이(가) 없습니다. 저장할 기존 폴더를 고르세요.</translation>
        </message>
        <message>
            <source>Could not write %(name)s: %(reason)s; check the folder is writable and has space.</source>
            <translation>%(name)s을(를) 쓸 수 없습니다: %(reason)s. 폴더에 쓰기 권한과 여유 공간이 있는지 확인하세요.</translation>
        </message>
        <message>
            <source>'%(zone)s' is not a time zone; give a name such as Asia/Seoul, Europe/Paris or America/New_York.</source>
            <translation>'%(zone)s'은(는) 시간대가 아닙니다. Asia/Seoul, Europe/Paris, America/New_York 같은 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>The symposium '%(title)s' has no start date; set one so the agenda has days.</source>
            <translation>심포지엄 '%(title)s'에 시작일이 없습니다. 일정에 날짜가 생기도록 시작일을 정하세요.</translation>
        </message>
        <message>
            <source>The time zone of '%(title)s' is not known from its host city; choose the time zone its times are in.</source>
            <translation>개최 도시로는 '%(title)s'의 시간대를 알 수 없습니다. 시각이 속한 시간대를 선택하세요.</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; import the bundle into it instead.</source>
            <translation>%(folder)s에 이미 작업 공간이 있습니다. 대신 그 작업 공간으로 번들을 가져오세요.</translation>
        </message>
        <message>
            <source>The bundle file changed after you checked it; choose it again, check who made it, then join.</source>
            <translation>확인한 뒤에 번들 파일이 바뀌었습니다. 파일을 다시 선택하고 누가 만들었는지 확인한 다음 참여하세요.</translation>
        </message>
        <message>
            <source>Enter your name, then join the workspace again.</source>
            <translation>이름을 입력한 다음 작업 공간에 다시 참여하세요.</translation>
        </message>
        <message>
            <source>This publication was larger than one file may be, so it was written as %(count)d files (%(size)s in all, %(first)s to %(last)s): send all of them; each one is imported on its own.</source>
            <translation>이 게시물은 파일 하나의 최대 크기를 넘어서 파일 %(count)d개(모두 %(size)s, %(first)s부터 %(last)s까지)로 썼습니다. 모두 보내세요. 각 파일은 따로 가져올 수 있습니다.</translation>
        </message>
        <message>
            <source>No publication can carry these records, so they stayed here and the rest was published: %(records)s; make them smaller (or fewer tags, attachments or parts) and publish again.</source>
            <translation>어떤 게시물도 이 기록들을 담을 수 없어 여기에 남기고 나머지를 게시했습니다: %(records)s. 기록을 줄이거나(태그, 첨부 파일, 하위 항목을 줄여도 됩니다) 다시 게시하세요.</translation>
        </message>
        <message>
            <source>The receiving city's name is empty; give it after --for, or leave --for out to publish for the network hub.</source>
            <translation>받는 도시의 이름이 비어 있습니다. --for 뒤에 입력하거나, 네트워크 허브에 게시하려면 --for를 빼세요.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the publication.</source>
            <translation>폴더 %(folder)s이(가) 없습니다. 발행물을 둘 다른 위치를 고르세요.</translation>
        </message>
        <message>
            <source>This publication is this workspace's own; teammates exchange bundles instead.</source>
            <translation>이 발행물은 이 작업 공간 자신의 것입니다. 팀원끼리는 번들을 주고받으세요.</translation>
        </message>
        <message>
            <source>This file mixes up a hub's digest and a city's publication (workspace %(ws)s); it was refused and nothing was changed.</source>
            <translation>이 파일은 허브의 요약과 도시의 게시물을 혼동하고 있습니다(작업 공간 %(ws)s). 거부되었으며 아무것도 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>This receipt names no city (or the hub), so it acknowledges nothing; it was refused and nothing was changed.</source>
            <translation>이 수신 확인서에는 도시가 없거나 허브가 적혀 있어 아무것도 확인하지 않습니다. 거부되었으며 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>This receipt of %(city)s is for another workspace; it was refused and nothing was changed.</source>
            <translation>%(city)s의 이 수신 확인서는 다른 작업 공간용입니다. 거부되었으며 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; choose another place for the receipt.</source>
            <translation>%(folder)s 폴더가 없습니다. 수신 확인서를 저장할 다른 위치를 선택하세요.</translation>
        </message>
        <message>
            <source>The city's name is empty; give the name (or the workspace id) of the city whose publications the receipt is for after --for.</source>
            <translation>도시 이름이 비어 있습니다. 영수증이 대상으로 하는 게시물의 도시 이름(또는 작업 공간 ID)을 --for 뒤에 입력하세요.</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; a receipt is written for a city whose publication was imported here.</source>
            <translation>네트워크 자료실에 %(city)s의 자료가 없습니다. 수신 확인서는 게시물을 이곳으로 가져온 도시에 대해서만 쓸 수 있습니다.</translation>
        </message>
        <message>
            <source>No key you trust for %(city)s signed this publication (key %(fingerprint)s); compare the fingerprint with that city's team, then import it again trusting the key.</source>
            <translation>신뢰하는 %(city)s의 키가 이 발행물에 서명하지 않았습니다(키 %(fingerprint)s). 그 도시의 팀과 지문을 비교한 뒤, 키를 신뢰하여 다시 가져오세요.</translation>
        </message>
        <message>
            <source>The network library holds no publication %(rec)s; 'gcen network list' shows them.</source>
            <translation>네트워크 자료실에 발행물 %(rec)s이(가) 없습니다. 'gcen network list'로 목록을 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Several cities published a record with the id %(rec)s (%(cities)s); name the city with --city.</source>
            <translation>여러 도시가 식별자 %(rec)s인 기록을 발행했습니다(%(cities)s). --city로 도시를 지정하세요.</translation>
        </message>
        <message>
            <source>Only a practice can be adapted in a new plan; this is a %(type)s.</source>
            <translation>새 계획으로 응용할 수 있는 것은 실천 사례뿐입니다. 이것은 %(type)s입니다.</translation>
        </message>
        <message>
            <source>The network library holds nothing from %(city)s; 'gcen network list' shows the cities.</source>
            <translation>네트워크 라이브러리에 %(city)s의 항목이 없습니다. 'gcen network list'에서 도시 목록을 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>This digest has a line that names no city; it was refused and nothing was changed.</source>
            <translation>이 요약에 도시를 밝히지 않은 줄이 있습니다. 거부되었으며 아무것도 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>This digest names a workspace as %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed (ask the hub's operator which one is %(city)s).</source>
            <translation>이 요약은 한 작업 공간을 %(city)s(으)로 부르지만, 다른 작업 공간이 이미 %(city)s(으)로 발행하고 있습니다. 거부되었으며 아무것도 바뀌지 않았습니다(어느 쪽이 %(city)s인지 허브 운영자에게 문의하세요).</translation>
        </message>
        <message>
            <source>This publication says it is from the workspace %(claimed)s, but the key that signed it speaks for %(city)s; it was refused and nothing was changed.</source>
            <translation>이 발행물은 작업 공간 %(claimed)s에서 왔다고 하지만, 서명한 키는 %(city)s의 것입니다. 거부되었으며 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>This publication says it is from %(claimed)s, but its workspace publishes as %(city)s; it was refused and nothing was changed.</source>
            <translation>이 발행물은 %(claimed)s에서 왔다고 하지만, 그 작업 공간은 %(city)s(으)로 발행합니다. 거부되었으며 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>This publication says it is from %(city)s, but another workspace publishes as %(city)s already; it was refused and nothing was changed.</source>
            <translation>이 발행물은 %(city)s에서 왔다고 하지만, 다른 작업 공간이 이미 %(city)s(으)로 발행하고 있습니다. 거부되었으며 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>This publication withdraws a record %(city)s never published here (%(rec)s); it was refused and nothing was changed.</source>
            <translation>이 발행물은 %(city)s이(가) 여기에 발행한 적 없는 항목(%(rec)s)을 철회합니다. 거부되었으며 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>This publication changes the type of a record it published before (%(rec)s); it was refused and nothing was changed.</source>
            <translation>이 발행물은 이전에 발행한 항목(%(rec)s)의 유형을 바꿉니다. 거부되었으며 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only and holds no keys to sign a bundle with; copy it to a folder you can write to, then export from there.</source>
            <translation>%(folder)s의 작업 공간은 읽기 전용이며 번들에 서명할 키가 없습니다. 쓰기 권한이 있는 폴더로 복사한 다음 그곳에서 내보내세요.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>아직 없음</translation>
        </message>
        <message>
            <source>No teammate is called '%(name)s' (known: %(known)s); import a bundle from them first, or export --team.</source>
            <translation>'%(name)s'이라는 팀원이 없습니다(알려진 팀원: %(known)s). 먼저 그 팀원의 번들을 가져오거나 --team으로 내보내세요.</translation>
        </message>
        <message>
            <source>Several teammates match '%(name)s'; give the store id shown by 'gcen peers' instead.</source>
            <translation>여러 팀원이 '%(name)s'과(와) 일치합니다. 대신 'gcen peers'에 표시된 저장소 ID를 지정하세요.</translation>
        </message>
        <message>
            <source>%(teammate)s has sent no signed bundle yet; there is no key to trust.</source>
            <translation>%(teammate)s 님은 아직 서명된 번들을 보내지 않았습니다. 신뢰할 키가 없습니다.</translation>
        </message>
        <message>
            <source>There is no plan template '%(key)s'; choose one of: %(templates)s.</source>
            <translation>계획 템플릿 '%(key)s'이(가) 없습니다. 다음 중 하나를 고르세요: %(templates)s.</translation>
        </message>
        <message>
            <source>The plan ends before it starts; put the end date after the start date.</source>
            <translation>계획의 종료일이 시작일보다 앞섭니다. 종료일을 시작일 뒤로 정하세요.</translation>
        </message>
        <message>
            <source>Cannot sort by '%(order)s'.</source>
            <translation>'%(order)s' 기준으로 정렬할 수 없습니다.</translation>
        </message>
        <message>
            <source>'%(format)s' is not a reading-list format; use %(formats)s.</source>
            <translation>'%(format)s'은(는) 읽기 자료 목록 형식이 아닙니다. %(formats)s 중 하나를 쓰세요.</translation>
        </message>
        <message>
            <source>The file %(path)s does not exist; check the name and folder.</source>
            <translation>파일 %(path)s이(가) 없습니다. 이름과 폴더를 확인하세요.</translation>
        </message>
        <message>
            <source>%(shown)s and %(more)s more</source>
            <translation>%(shown)s 외 %(more)s개</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the 1 good one and leave these out (--skip-bad).</source>
            <translation>%(name)s의 레코드 %(total)s개 중 %(bad)s개를 읽을 수 없습니다 — %(shown)s. 아무것도 가져오지 않았습니다. 이를 고치거나, 올바른 레코드 1개만 가져오고 이 레코드들은 빼세요(--skip-bad).</translation>
        </message>
        <message>
            <source>%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. Fix them, or import the %(good)s good ones and leave these out (--skip-bad).</source>
            <translation>%(name)s의 레코드 %(total)s개 중 %(bad)s개를 읽을 수 없습니다 — %(shown)s. 아무것도 가져오지 않았습니다. 이를 고치거나, 올바른 레코드 %(good)s개만 가져오고 이 레코드들은 빼세요(--skip-bad).</translation>
        </message>
        <message>
            <source>No record in %(name)s could be read — %(shown)s; nothing was imported.</source>
            <translation>%(name)s의 레코드를 하나도 읽을 수 없습니다 — %(shown)s. 아무것도 가져오지 않았습니다.</translation>
        </message>
        <message>
            <source>No symposium has the id '%(id)s'; 'gcen list symposium' shows the ids.</source>
            <translation>ID가 '%(id)s'인 심포지엄이 없습니다. 'gcen list symposium'으로 ID를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>No reading has the id '%(id)s'.</source>
            <translation>ID가 '%(id)s'인 읽기 자료가 없습니다.</translation>
        </message>
        <message>
            <source>This workspace already holds the sample city team; start a new workspace to add it again.</source>
            <translation>이 작업 공간에는 이미 예시 도시 팀이 있습니다. 다시 추가하려면 새 작업 공간을 만드세요.</translation>
        </message>
        <message>
            <source>The folder %(folder)s does not exist; create it or choose another one.</source>
            <translation>폴더 %(folder)s이(가) 없습니다. 폴더를 만들거나 다른 폴더를 고르세요.</translation>
        </message>
        <message>
            <source>Choose a shared folder first.</source>
            <translation>먼저 공유 폴더를 고르세요.</translation>
        </message>
        <message>
            <source>The shared folder %(folder)s cannot be found; is the drive connected?</source>
            <translation>공유 폴더 %(folder)s을(를) 찾을 수 없습니다. 드라이브가 연결되어 있나요?</translation>
        </message>
        <message>
            <source>The workspace itself cannot be deleted.</source>
            <translation>작업 공간 자체는 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <source>That record could not be brought back from the trash; run 'gcen check' and tell the GCEN Desktop team if it reports a problem.</source>
            <translation>그 항목을 휴지통에서 되돌릴 수 없습니다. 'gcen check'를 실행하고 문제가 보고되면 GCEN Desktop 팀에 알려 주세요.</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'.</source>
            <translation>ID가 '%(id)s'인 항목이 없습니다.</translation>
        </message>
        <message>
            <source>That record is not deleted; there is nothing to restore.</source>
            <translation>이 항목은 삭제되지 않았습니다. 복원할 것이 없습니다.</translation>
        </message>
        <message>
            <source>Its %(type)s '%(title)s' is in the trash; restore that first.</source>
            <translation>이 항목이 속한 %(type)s '%(title)s'이(가) 휴지통에 있습니다. 그것을 먼저 복원하세요.</translation>
        </message>
        <message>
            <source>'%(title)s' is not in the trash; delete it first.</source>
            <translation>'%(title)s'은(는) 휴지통에 없습니다. 먼저 삭제하세요.</translation>
        </message>
        <message>
            <source>That record has no deletion to dismiss.</source>
            <translation>이 항목에는 무시할 삭제가 없습니다.</translation>
        </message>
        <message>
            <source>%(path)s is inside the workspace folder %(folder)s, whose files are the workspace's own; nothing was written, so give a file name in another folder.</source>
            <translation>%(path)s 은(는) 작업 공간 폴더 %(folder)s 안에 있으며, 그 안의 파일은 작업 공간 자체의 것입니다. 아무것도 쓰지 않았으니 다른 폴더의 파일 이름을 지정하세요.</translation>
        </message>
        <message>
            <source>Joining the workspace in %(folder)s was interrupted, so what is there is incomplete; join the workspace again into this folder from the bundle (what the interrupted join wrote is replaced), or choose another folder.</source>
            <translation>%(folder)s의 작업 공간 참여가 중단되어 그 안의 내용이 불완전합니다. 번들로 이 폴더에서 작업 공간에 다시 참여하거나(중단된 참여가 쓴 내용은 대체됩니다) 다른 폴더를 고르세요.</translation>
        </message>
        <message>
            <source>The folder %(folder)s holds an unfinished workspace; run 'gcen init' there again.</source>
            <translation>폴더 %(folder)s에 완성되지 않은 작업 공간이 있습니다. 그 폴더에서 'gcen init'을 다시 실행하세요.</translation>
        </message>
        <message>
            <source>There is already a workspace in %(folder)s; open it or pick another folder.</source>
            <translation>%(folder)s에 이미 작업 공간이 있습니다. 그 작업 공간을 열거나 다른 폴더를 고르세요.</translation>
        </message>
        <message>
            <source>A %(type)s is not created directly.</source>
            <translation>%(type)s은(는) 직접 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>The workspace needs a name.</source>
            <translation>작업 공간에는 이름이 필요합니다.</translation>
        </message>
        <message>
            <source>'%(kind)s' links go from %(start)s to %(to)s, not from %(first)s to %(second)s; check the order and the ids.</source>
            <translation>'%(kind)s' 링크는 %(first)s에서 %(second)s(으)로가 아니라 %(start)s에서 %(to)s(으)로 연결됩니다. 순서와 ID를 확인하세요.</translation>
        </message>
        <message>
            <source>any record</source>
            <translation>아무 항목</translation>
        </message>
        <message>
            <source>Choose who you are first (Preferences, or 'gcen init --member NAME').</source>
            <translation>먼저 본인이 누구인지 고르세요(환경설정 또는 'gcen init --member NAME').</translation>
        </message>
        <message>
            <source>No record has the id '%(id)s'; 'gcen list TYPE' shows the ids.</source>
            <translation>ID가 '%(id)s'인 항목이 없습니다. 'gcen list TYPE'으로 ID를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>The %(type)s '%(title)s' is in the trash; restore it first.</source>
            <translation>%(type)s '%(title)s'이(가) 휴지통에 있습니다. 먼저 복원하세요.</translation>
        </message>
        <message>
            <source>No %(type)s has the id '%(id)s'.</source>
            <translation>ID가 '%(id)s'인 %(type)s이(가) 없습니다.</translation>
        </message>
        <message>
            <source>'%(id)s' is a %(type)s, not a %(wanted)s.</source>
            <translation>'%(id)s'은(는) %(wanted)s이(가) 아니라 %(type)s입니다.</translation>
        </message>
        <message>
            <source>'%(field)s' names no existing record ('%(value)s').</source>
            <translation>'%(field)s'이(가) 가리키는 항목('%(value)s')이 없습니다.</translation>
        </message>
        <message>
            <source>'%(field)s' must be a %(types)s, but '%(value)s' is a %(type)s.</source>
            <translation>'%(field)s'은(는) %(types)s이어야 하지만 '%(value)s'은(는) %(type)s입니다.</translation>
        </message>
        <message>
            <source>A tag cannot be empty.</source>
            <translation>태그는 비워 둘 수 없습니다.</translation>
        </message>
        <message>
            <source>The tag '%(tag)s…' is longer than %(limit)d characters; use a shorter one.</source>
            <translation>태그 '%(tag)s…'이(가) %(limit)d자보다 깁니다. 더 짧은 태그를 사용하세요.</translation>
        </message>
        <message>
            <source>The tag '%(tag)s' holds a character other teammates' stores cannot keep (a NUL, or a lone surrogate from a broken paste); type it again.</source>
            <translation>태그 '%(tag)s'에 다른 팀원의 저장소가 보관할 수 없는 문자(NUL, 또는 잘못 붙여 넣어 생긴 짝 없는 서로게이트)가 있습니다. 다시 입력하세요.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(reason)s), so nothing was changed; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>%(folder)s의 작업 공간이 손상되어(%(reason)s) 아무것도 변경되지 않았습니다. 'gcen check'를 실행해 무엇이 잘못되었는지 확인한 다음, 백업에서 작업 공간 폴더를 복원하거나 팀원의 전체 번들로 작업 공간에 다시 참여하세요.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so it takes no changes; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>%(folder)s의 작업 공간이 손상되어 변경을 받을 수 없습니다. 'gcen check'를 실행해 무엇이 잘못되었는지 확인한 다음, 백업에서 작업 공간 폴더를 복원하거나 팀원의 전체 번들로 작업 공간에 다시 참여하세요.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged, so no bundle was written; run 'gcen check' to see what is wrong, then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>%(folder)s의 작업 공간이 손상되어 번들을 쓰지 않았습니다. 'gcen check'를 실행해 무엇이 잘못되었는지 확인한 다음, 백업에서 작업 공간 폴더를 복원하거나 팀원의 전체 번들로 작업 공간에 다시 참여하세요.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is damaged (%(count)d stored changes no longer match their fingerprint), so no bundle was written; run 'gcen check', then restore the workspace folder from a backup or join the workspace again from a teammate's full bundle.</source>
            <translation>%(folder)s의 작업 공간이 손상되어(저장된 변경 %(count)d개가 더 이상 지문과 일치하지 않음) 번들을 쓰지 않았습니다. 'gcen check'를 실행한 다음, 백업에서 작업 공간 폴더를 복원하거나 팀원의 전체 번들로 작업 공간에 다시 참여하세요.</translation>
        </message>
        <message>
            <source>The bundle says record %(id)s is a %(other)s, but it is a %(known)s: the file is damaged or forged, so nothing was imported. Ask your teammate for a new bundle.</source>
            <translation>번들에는 항목 %(id)s이(가) %(other)s(이)라고 되어 있지만 실제로는 %(known)s입니다. 파일이 손상되었거나 위조되어 아무것도 가져오지 않았습니다. 팀원에게 새 번들을 요청하세요.</translation>
        </message>
        <message>
            <source>There is no workspace in %(folder)s; create one with 'gcen init --name NAME' or pick another folder with --workspace.</source>
            <translation>%(folder)s에 작업 공간이 없습니다. 'gcen init --name NAME'으로 만들거나 --workspace로 다른 폴더를 고르세요.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was made by an older version and cannot be brought up to date because the folder is read-only; copy it to a folder you can write to and open it there.</source>
            <translation>%(folder)s의 작업 공간은 이전 버전에서 만들어졌는데, 폴더가 읽기 전용이라 최신 상태로 바꿀 수 없습니다. 쓰기 권한이 있는 폴더로 복사해 그곳에서 여세요.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace in %(folder)s, so nothing was changed; free some space, then try again.</source>
            <translation>%(folder)s의 작업 공간이 있는 디스크에 여유 공간이 부족해 아무것도 변경되지 않았습니다. 공간을 확보한 다음 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s was brought up to date by a newer version of GCEN Desktop, which this version cannot read; update GCEN Desktop, then open it again.</source>
            <translation>%(folder)s의 작업 공간은 더 새로운 버전의 GCEN Desktop에서 업데이트되어 이 버전으로는 읽을 수 없습니다. GCEN Desktop을 업데이트한 다음 다시 여세요.</translation>
        </message>
        <message>
            <source>The workspace in %(folder)s is read-only (a backup copy, or a folder you may not change), so it can be read but not changed; copy it to a folder you can write to, or open your own workspace.</source>
            <translation>%(folder)s의 작업 공간은 읽기 전용(백업 사본이거나 변경 권한이 없는 폴더)이라 읽을 수는 있지만 변경할 수는 없습니다. 쓰기 권한이 있는 폴더로 복사하거나 본인의 작업 공간을 여세요.</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, but it says it comes from %(name)s's store, whose bundles are signed by another key, so it was refused; if %(name)s moved to a new computer, a bundle made there comes from a new store and is accepted once you trust its key.</source>
            <translation>이 번들은 키 %(fingerprint)s%(signer)s(으)로 서명되었지만 %(name)s의 사본에서 왔다고 주장하며, 그 사본의 번들은 다른 키로 서명되므로 거부했습니다. %(name)s이(가) 새 컴퓨터로 옮겼다면, 그곳에서 만든 번들은 새 사본에서 온 것이며 그 키를 신뢰하면 받아들여집니다.</translation>
        </message>
        <message>
            <source>This bundle is signed by the key %(fingerprint)s%(signer)s, which speaks for another store, but it says it comes from %(name)s's store, so it was refused; %(name)s's own bundles are accepted once you trust their key.</source>
            <translation>이 번들은 다른 사본을 대표하는 키 %(fingerprint)s%(signer)s(으)로 서명되었지만 %(name)s의 사본에서 왔다고 주장하므로 거부되었습니다. %(name)s 본인의 번들은 그 키를 신뢰하면 받아들여집니다.</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace '%(name)s', not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>이 번들은 이 작업 공간이 아니라 다른 작업 공간 '%(name)s'의 것입니다. 가져오려면 그 작업 공간을 열거나(또는 빈 폴더에서 참여하거나), 그 항목들을 사본으로 가져오세요.</translation>
        </message>
        <message>
            <source>This bundle belongs to another workspace, not to this one; open that workspace (or join it from an empty folder) to import it, or import its records as copies.</source>
            <translation>이 번들은 이 작업 공간이 아니라 다른 작업 공간의 것입니다. 가져오려면 그 작업 공간을 열거나(또는 빈 폴더에서 참여하거나), 그 항목들을 사본으로 가져오세요.</translation>
        </message>
        <message>
            <source>This bundle holds changes made by a copy of a store that reuses another store's identity (a copied or restored workspace folder), so it was refused; ask the sender to export a new full bundle after opening their workspace in GCEN Desktop once more.</source>
            <translation>이 번들에는 다른 저장소의 신원을 재사용하는 저장소 사본(복사되었거나 복원된 작업 공간 폴더)이 만든 변경 사항이 들어 있어 거부했습니다. 보낸 사람에게 GCEN Desktop에서 작업 공간을 한 번 더 연 다음 새 전체 번들을 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, claims changes of this very workspace copy that it never made, and no key you trust signed it, so it was refused as forged or damaged; ask %(name)s for a bundle signed with their key.</source>
            <translation>%(name)s에게서 왔다고 하는 이 번들은 이 작업 공간 사본이 만든 적 없는 변경 사항을 담고 있다고 주장하며, 신뢰하는 키로 서명되지도 않아 위조되었거나 손상된 번들로 거부했습니다. %(name)s에게 자신의 키로 서명한 번들을 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle is signed by a key this store does not trust yet (%(fingerprint)s); look at the preview, then import it once without trusting the key, or check the fingerprint with the sender and trust it.</source>
            <translation>이 번들은 이 사본이 아직 신뢰하지 않는 키(%(fingerprint)s)로 서명되었습니다. 미리 보기를 확인한 뒤 키를 신뢰하지 않고 한 번만 가져오거나, 보낸 사람과 지문을 확인한 뒤 키를 신뢰하세요.</translation>
        </message>
        <message>
            <source>This bundle, which says it comes from %(name)s, is not signed, so nothing shows who made it; look at the preview, then import it once if you know where it came from.</source>
            <translation>%(name)s에게서 왔다고 하는 이 번들은 서명되지 않아 누가 만들었는지 알 수 없습니다. 미리 보기를 확인하고, 출처를 안다면 한 번만 가져오세요.</translation>
        </message>
        <message>
            <source>This encrypted bundle's header is damaged; copy the file again or ask the sender for a new one.</source>
            <translation>이 암호화된 번들의 헤더가 손상되었습니다. 파일을 다시 복사하거나 보낸 사람에게 새 파일을 요청하세요.</translation>
        </message>
        <message>
            <source>This encrypted bundle is damaged or incomplete (it does not decrypt); copy the file again or ask the sender for a new one.</source>
            <translation>이 암호화된 번들은 손상되었거나 불완전합니다(복호화되지 않음). 파일을 다시 복사하거나 보낸 사람에게 새 파일을 요청하세요.</translation>
        </message>
        <message>
            <source>The passphrase is empty; type a passphrase, or export without one.</source>
            <translation>암호 문구가 비어 있습니다. 암호 문구를 입력하거나 암호 문구 없이 내보내세요.</translation>
        </message>
        <message>
            <source>This bundle would be %(size)s, more than the %(limit)s a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>이 번들은 %(size)s(으)로, 번들 하나의 한도(%(limit)s)를 넘게 됩니다. 전체 번들 대신 팀원 한 명을 위해 내보내세요.</translation>
        </message>
        <message>
            <source>The bundle could not be written (%(reason)s); check that the destination has free space and is writable, then export again.</source>
            <translation>번들을 쓸 수 없습니다(%(reason)s). 대상 위치에 여유 공간과 쓰기 권한이 있는지 확인한 뒤 다시 내보내세요.</translation>
        </message>
        <message>
            <source>The file name %(name)s is too long for this folder (a bundle's name may have %(most)d bytes here); give a shorter name, then export again.</source>
            <translation>파일 이름 %(name)s 이(가) 이 폴더에 비해 너무 깁니다(여기서 번들 이름은 최대 %(most)d바이트). 더 짧은 이름을 지정한 다음 다시 내보내세요.</translation>
        </message>
        <message>
            <source>'%(key)s' is not a teammate's public key (it starts with age1); check the key and export again.</source>
            <translation>'%(key)s'은(는) 팀원의 공개 키가 아닙니다(공개 키는 age1로 시작합니다). 키를 확인하고 다시 내보내세요.</translation>
        </message>
        <message>
            <source>The bundle read back from the destination differs from what was written, so it was removed; try another USB stick or folder.</source>
            <translation>대상 위치에서 다시 읽은 번들이 쓴 내용과 달라 삭제했습니다. 다른 USB 드라이브나 폴더를 사용해 보세요.</translation>
        </message>
        <message>
            <source>This bundle would be larger than a bundle may be; export for one teammate instead of a full bundle.</source>
            <translation>이 번들은 번들 하나의 한도보다 커지게 됩니다. 전체 번들 대신 팀원 한 명을 위해 내보내세요.</translation>
        </message>
        <message>
            <source>This bundle would hold %(count)d attachments, more than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>이 번들에는 첨부 파일이 %(count)d개 들어가 번들 하나에 담을 수 있는 수를 넘습니다. 전체 번들 대신 팀원 한 명을 위해 내보내세요.</translation>
        </message>
        <message>
            <source>This bundle would carry more changes than a bundle may; export for one teammate instead of a full bundle.</source>
            <translation>이 번들에는 번들 하나에 담을 수 있는 것보다 많은 변경 사항이 들어가게 됩니다. 전체 번들 대신 팀원 한 명을 위해 내보내세요.</translation>
        </message>
        <message>
            <source>The change to record %(id)s is larger than a bundle may carry (%(size)s); shorten that record and export again.</source>
            <translation>항목 %(id)s의 변경이 번들에 담을 수 있는 크기보다 큽니다(%(size)s). 그 항목을 줄인 뒤 다시 내보내세요.</translation>
        </message>
        <message>
            <source>The attachment %(name)s is larger than the %(limit)s a bundle may carry; share it another way.</source>
            <translation>첨부 파일 %(name)s이(가) 번들에 담을 수 있는 크기(%(limit)s)보다 큽니다. 다른 방법으로 공유하세요.</translation>
        </message>
        <message>
            <source>The attachment file %(name)s no longer matches its recorded content (it was changed or damaged on disk); restore it or remove the attachment, then export again.</source>
            <translation>첨부 파일 %(name)s이(가) 기록된 내용과 더 이상 일치하지 않습니다(디스크에서 바뀌었거나 손상됨). 파일을 복원하거나 첨부를 제거한 뒤 다시 내보내세요.</translation>
        </message>
        <message>
            <source>This bundle's description would be larger than a bundle allows; export for one teammate instead of a full bundle.</source>
            <translation>이 번들의 설명이 번들에 허용된 크기보다 커지게 됩니다. 전체 번들 대신 팀원 한 명을 위해 내보내세요.</translation>
        </message>
        <message>
            <source>The bundle did not read back as written; check the disk and export again.</source>
            <translation>다시 읽은 번들이 쓴 내용과 다릅니다. 디스크를 확인하고 다시 내보내세요.</translation>
        </message>
        <message>
            <source>This encrypted bundle has an oversized header, so it was refused; do not open it, and tell the sender.</source>
            <translation>이 암호화된 번들의 헤더가 지나치게 커서 거부했습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This bundle is wrapped in more layers of encryption than bundles ever use, so it was refused; do not open it, and tell the sender.</source>
            <translation>이 번들은 번들이 쓰는 것보다 많은 암호화 계층으로 싸여 있어 거부했습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This bundle is encrypted in a way GCEN Desktop does not use (no teammate key, no passphrase); ask the sender to export it again.</source>
            <translation>이 번들은 GCEN Desktop이 쓰지 않는 방식으로 암호화되어 있습니다(팀원 키도 암호 문구도 없음). 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle's passphrase protection asks for far more computing work (2^%(work)s) than GCEN Desktop spends, so it was refused; ask the sender to export it again.</source>
            <translation>이 번들의 암호 문구 보호는 GCEN Desktop이 들이는 것보다 훨씬 많은 계산(2^%(work)s)을 요구해 거부했습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>The identity given is not an age secret key (it starts with AGE-SECRET-KEY-1); check the identity file and try again.</source>
            <translation>지정한 신원이 age 비밀 키가 아닙니다(비밀 키는 AGE-SECRET-KEY-1로 시작합니다). 신원 파일을 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a regular file; nothing was written, so give a file name in it.</source>
            <translation>%(path)s은(는) 일반 파일이 아니라 폴더입니다. 아무것도 쓰지 않았으니 그 안의 파일 이름을 지정하세요.</translation>
        </message>
        <message>
            <source>%(path)s is not a regular file (a device or a pipe); nothing was written there, so give a file name instead.</source>
            <translation>%(path)s은(는) 일반 파일이 아닙니다(장치 또는 파이프). 아무것도 쓰지 않았으니 대신 파일 이름을 지정하세요.</translation>
        </message>
        <message>
            <source>This bundle file cannot be used; ask the sender for a new one.</source>
            <translation>이 번들 파일은 사용할 수 없습니다. 보낸 사람에게 새 파일을 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle file is incomplete (it was cut short, perhaps while copying); copy it again or ask the sender for a new one.</source>
            <translation>이 번들 파일은 불완전합니다(복사 중에 잘렸을 수 있습니다). 다시 복사하거나 보낸 사람에게 새 파일을 요청하세요.</translation>
        </message>
        <message>
            <source>This file is not a GCEN bundle; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>이 파일은 GCEN 번들이 아닙니다. GCEN Desktop에서 내보낸 .gcen 파일을 고르세요.</translation>
        </message>
        <message>
            <source>This bundle is larger than GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>이 번들은 GCEN Desktop이 받는 크기보다 큽니다. 보낸 사람에게 전체 번들 대신 나만을 위한 번들을 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle file is built in a way that could harm your computer and was refused; do not open it, and tell the sender.</source>
            <translation>이 번들 파일은 컴퓨터에 해를 줄 수 있는 방식으로 만들어져 거부했습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This bundle file is damaged; ask the sender to export it again.</source>
            <translation>이 번들 파일이 손상되었습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle's signature does not match its contents, so it may have been altered; do not import it, and ask the sender to export it again.</source>
            <translation>이 번들의 서명이 내용과 일치하지 않아 변조되었을 수 있습니다. 가져오지 말고 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>The passphrase does not unlock this bundle; check it with the sender and try again.</source>
            <translation>암호 문구로 이 번들을 열 수 없습니다. 보낸 사람과 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This bundle is protected by a passphrase; enter the passphrase the sender gave you.</source>
            <translation>이 번들은 암호 문구로 보호되어 있습니다. 보낸 사람이 알려 준 암호 문구를 입력하세요.</translation>
        </message>
        <message>
            <source>This bundle is encrypted for other teammates' keys, not yours; ask the sender to export it again for you.</source>
            <translation>이 번들은 내 키가 아니라 다른 팀원들의 키로 암호화되어 있습니다. 보낸 사람에게 나를 위해 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>이 번들은 더 새로운 GCEN Desktop으로 만들어졌습니다. GCEN Desktop을 업데이트한 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <source>This bundle uses a feature this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>이 번들은 이 버전의 GCEN Desktop이 모르는 기능을 사용합니다. GCEN Desktop을 업데이트한 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <source>Cancelled; no bundle file was written.</source>
            <translation>취소되었습니다. 번들 파일을 쓰지 않았습니다.</translation>
        </message>
        <message>
            <source>The bundle could not be written; check that the destination has free space and is writable, then export again.</source>
            <translation>번들을 쓸 수 없습니다. 대상 위치에 여유 공간과 쓰기 권한이 있는지 확인한 뒤 다시 내보내세요.</translation>
        </message>
        <message>
            <source>The workspace changed while the bundle was read; import the bundle again.</source>
            <translation>번들을 읽는 동안 작업 공간이 바뀌었습니다. 번들을 다시 가져오세요.</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was changed.</source>
            <translation>가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>This bundle from %(name)s deletes %(count)s records, so it was not imported automatically; open it with Import to look at the preview first.</source>
            <translation>%(name)s의 이 번들은 레코드 %(count)s개를 삭제하므로 자동으로 가져오지 않았습니다. 가져오기로 열어 먼저 미리 보기를 확인하세요.</translation>
        </message>
        <message>
            <source>The key files in %(folder)s are damaged; restore them from a backup, or move them away so that new keys are made (teammates will then have to trust the new key).</source>
            <translation>%(folder)s의 키 파일이 손상되었습니다. 백업에서 복원하거나, 새 키가 만들어지도록 다른 곳으로 옮기세요(그러면 팀원들이 새 키를 신뢰해야 합니다).</translation>
        </message>
        <message>
            <source>This publication is not signed, so nobody can tell which city made it; ask that city to publish again from GCEN Desktop.</source>
            <translation>이 발행물은 서명되지 않아 어느 도시가 만들었는지 알 수 없습니다. 그 도시에 GCEN Desktop에서 다시 발행해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This publication carries a record its city kept to its team or private, so it was refused and nothing was changed; tell that city.</source>
            <translation>이 발행물에는 그 도시가 팀 전용 또는 비공개로 둔 항목이 있어 거부되었으며 아무것도 바뀌지 않았습니다. 그 도시에 알리세요.</translation>
        </message>
        <message>
            <source>The file could not be read (%(reason)s); check it and try again.</source>
            <translation>파일을 읽을 수 없습니다(%(reason)s). 파일을 확인한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This publication could not be checked, so it was refused; ask the city that made it to publish again.</source>
            <translation>이 발행물을 확인할 수 없어 거부되었습니다. 만든 도시에 다시 발행해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This file is not a network publication; a teammate's bundle is imported with 'gcen import'.</source>
            <translation>이 파일은 네트워크 발행물이 아닙니다. 팀원의 번들은 'gcen import'로 가져옵니다.</translation>
        </message>
        <message>
            <source>This publication gives no format version this program knows; ask the city that made it to publish again.</source>
            <translation>이 발행물에는 이 프로그램이 아는 형식 버전이 없습니다. 만든 도시에 다시 발행해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This publication uses format %(format)s, made by a newer GCEN Desktop; update GCEN Desktop and import it again.</source>
            <translation>이 발행물은 더 새로운 GCEN Desktop이 만든 형식 %(format)s을(를) 사용합니다. GCEN Desktop을 업데이트한 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <source>This publication needs features this version of GCEN Desktop does not know; update GCEN Desktop and import it again.</source>
            <translation>이 발행물에는 이 버전의 GCEN Desktop이 모르는 기능이 필요합니다. GCEN Desktop을 업데이트한 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <source>This publication was made by a newer GCEN Desktop (format %(format)s) and holds what this version cannot read; update GCEN Desktop and import it again.</source>
            <translation>이 게시물은 더 새로운 버전의 GCEN Desktop(형식 %(format)s)에서 만들어져 이 버전이 읽을 수 없는 내용을 담고 있습니다. GCEN Desktop을 업데이트한 다음 다시 가져오세요.</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged; ask the city that made it to publish again.</source>
            <translation>이 발행물의 설명(매니페스트)이 손상되었습니다. 만든 도시에 다시 발행해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This publication's description (manifest) is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>이 발행물의 설명(매니페스트)이 손상되었습니다(%(detail)s). 만든 도시에 다시 발행해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>a text holds a NUL character.</source>
            <translation>텍스트에 NUL 문자가 들어 있습니다.</translation>
        </message>
        <message>
            <source>Line %(line)d of this publication is damaged (%(detail)s); ask the city that made it to publish again.</source>
            <translation>이 발행물의 %(line)d번째 줄이 손상되었습니다(%(detail)s). 만든 도시에 다시 발행해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This publication holds records of a kind this version of GCEN Desktop does not know (%(type)s); update GCEN Desktop and import it again.</source>
            <translation>이 게시물에는 이 버전의 GCEN Desktop이 모르는 종류의 기록(%(type)s)이 있습니다. GCEN Desktop을 업데이트한 다음 다시 가져오세요.</translation>
        </message>
        <message>
            <source>This publication names a record of type %(type)s, which cities do not publish; ask the city that made it to publish again.</source>
            <translation>이 발행물에는 도시들이 발행하지 않는 %(type)s 유형의 항목이 있습니다. 만든 도시에 다시 발행해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This publication holds a choice this version of GCEN Desktop does not know (%(value)s, for %(field)s); update GCEN Desktop and import it again.</source>
            <translation>이 게시물에는 이 버전의 GCEN Desktop이 모르는 선택 항목(%(field)s의 %(value)s)이 있습니다. GCEN Desktop을 업데이트한 다음 다시 가져오세요.</translation>
        </message>
        <message>
            <source>'%(field)s' is not a name.</source>
            <translation>'%(field)s'은(는) 이름이 아닙니다.</translation>
        </message>
        <message>
            <source>a name is too long or holds a NUL character.</source>
            <translation>이름이 너무 길거나 NUL 문자가 들어 있습니다.</translation>
        </message>
        <message>
            <source>This bundle file could not be checked, so it was refused; ask the sender to export it again.</source>
            <translation>이 번들 파일을 검사할 수 없어 거부했습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>The bundle could not be read (%(reason)s); check the file and try again.</source>
            <translation>번들을 읽을 수 없습니다(%(reason)s). 파일을 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>There is not enough free disk space to check this bundle; free some disk space and import it again.</source>
            <translation>이 번들을 검사할 디스크 여유 공간이 부족합니다. 디스크 공간을 확보한 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <source>%(path)s is a folder, not a bundle file; choose a .gcen file.</source>
            <translation>%(path)s은(는) 번들 파일이 아니라 폴더입니다. .gcen 파일을 고르세요.</translation>
        </message>
        <message>
            <source>This bundle file is empty; copy it again or ask the sender for a new one.</source>
            <translation>이 번들 파일은 비어 있습니다. 다시 복사하거나 보낸 사람에게 새 파일을 요청하세요.</translation>
        </message>
        <message>
            <source>The file %(path)s cannot be read (%(reason)s); check it and try again.</source>
            <translation>파일 %(path)s을(를) 읽을 수 없습니다(%(reason)s). 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This bundle file is larger than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>이 번들 파일은 GCEN Desktop이 받는 크기(%(limit)s)보다 큽니다. 보낸 사람에게 전체 번들 대신 나만을 위한 번들을 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is damaged: %(detail)s; ask the sender to export it again.</source>
            <translation>이 번들의 설명(매니페스트)이 손상되었습니다: %(detail)s. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>it %(problem)s</source>
            <translation>%(problem)s</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: its description (manifest) holds %(field)s, which this version does not know; update GCEN Desktop and import it again.</source>
            <translation>이 번들은 더 새로운 버전의 GCEN Desktop에서 만들어졌습니다. 설명(매니페스트)에 이 버전이 모르는 %(field)s 항목이 있습니다. GCEN Desktop을 업데이트한 다음 다시 가져오세요.</translation>
        </message>
        <message>
            <source>it gives no format version this program knows</source>
            <translation>이 프로그램이 아는 형식 버전이 없습니다</translation>
        </message>
        <message>
            <source>one that reads bundle format %(major)s</source>
            <translation>번들 형식 %(major)s을(를) 읽을 수 있는 버전</translation>
        </message>
        <message>
            <source>This bundle uses format %(format)s, made by a newer GCEN Desktop; it needs version &gt;= %(needed)s: update GCEN Desktop and import it again.</source>
            <translation>이 번들은 더 새로운 GCEN Desktop이 만든 형식 %(format)s을(를) 사용합니다. 버전 &gt;= %(needed)s이(가) 필요합니다. GCEN Desktop을 업데이트한 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <source>its required features are not a list of names</source>
            <translation>필수 기능 목록이 이름의 목록이 아닙니다</translation>
        </message>
        <message>
            <source>This bundle needs features this version of GCEN Desktop does not know (%(features)s); update GCEN Desktop and import it again.</source>
            <translation>이 번들에는 이 버전의 GCEN Desktop이 모르는 기능(%(features)s)이 필요합니다. GCEN Desktop을 업데이트한 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <source>This bundle holds files its description (manifest) does not list; ask the sender to export it again.</source>
            <translation>이 번들에 설명(매니페스트)에 없는 파일이 들어 있습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle is missing files its description (manifest) lists; ask the sender to export it again.</source>
            <translation>이 번들에 설명(매니페스트)에 나열된 파일이 빠져 있습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>The file %(name)s in this bundle does not have the size its description (manifest) gives; ask the sender to export it again.</source>
            <translation>이 번들의 파일 %(name)s의 크기가 설명(매니페스트)과 다릅니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle carries %(count)d changes, more than the %(limit)d a bundle may carry; ask the sender to export for you only instead of a full bundle.</source>
            <translation>이 번들에는 변경 사항이 %(count)d개 있어 번들 하나에 담을 수 있는 %(limit)d개를 넘습니다. 보낸 사람에게 전체 번들 대신 나만을 위한 번들을 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>An attachment in this bundle does not have the content its name promises; ask the sender to export it again.</source>
            <translation>이 번들의 첨부 파일 하나가 이름과 다른 내용을 담고 있습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle is longer than the %(limit)s a line may be; ask the sender to export it again.</source>
            <translation>이 번들의 %(n)d번째 변경이 한 줄의 한도(%(limit)s)보다 깁니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>Change %(n)d in this bundle %(problem)s; ask the sender to export it again.</source>
            <translation>이 번들의 %(n)d번째 변경에 문제가 있습니다: %(problem)s. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle was made by a newer GCEN Desktop: change %(n)d in it is of a kind this version does not know (%(op)s); update GCEN Desktop and import it again.</source>
            <translation>이 번들은 더 새로운 버전의 GCEN Desktop에서 만들어졌습니다. %(n)d번째 변경은 이 버전이 모르는 종류(%(op)s)입니다. GCEN Desktop을 업데이트한 다음 다시 가져오세요.</translation>
        </message>
        <message>
            <source>is not valid (%(reason)s)</source>
            <translation>올바르지 않습니다(%(reason)s)</translation>
        </message>
        <message>
            <source>does not match its own hash (h), so it was altered or damaged</source>
            <translation>자체 해시(h)와 일치하지 않아 변조되었거나 손상되었습니다</translation>
        </message>
        <message>
            <source>has a '%(field)s' that contains a NUL character, which other teammates' stores cannot hold</source>
            <translation>'%(field)s'에 NUL 문자가 들어 있어 팀원의 저장소에 보관할 수 없습니다</translation>
        </message>
        <message>
            <source>names a version made by a store whose id is not one</source>
            <translation>ID가 올바르지 않은 저장소가 만든 버전을 가리킵니다</translation>
        </message>
        <message>
            <source>names the store that made it with an id that is not one</source>
            <translation>만든 저장소를 올바르지 않은 ID로 가리킵니다</translation>
        </message>
        <message>
            <source>has a time (hlc) that is not in the form every store writes</source>
            <translation>시간(hlc)이 모든 저장소가 쓰는 형식이 아닙니다</translation>
        </message>
        <message>
            <source>is about a record whose id is not one (a UUID)</source>
            <translation>ID가 올바르지 않은(UUID가 아닌) 항목에 관한 것입니다</translation>
        </message>
        <message>
            <source>has a hash (h) that is not a SHA-256</source>
            <translation>해시(h)가 SHA-256이 아닙니다</translation>
        </message>
        <message>
            <source>is about a record type %(type)s that is not a name</source>
            <translation>이름이 아닌 항목 유형 %(type)s에 관한 것입니다</translation>
        </message>
        <message>
            <source>is an edit without fields, or with a deletion's fields</source>
            <translation>필드가 없거나 삭제의 필드가 있는 편집입니다</translation>
        </message>
        <message>
            <source>is a deletion without the versions it saw, or with an edit's fields</source>
            <translation>본 버전이 없거나 편집의 필드가 있는 삭제입니다</translation>
        </message>
        <message>
            <source>names a field %(field)s that a %(type)s does not have</source>
            <translation>%(type)s에 없는 필드 %(field)s을(를) 가리킵니다</translation>
        </message>
        <message>
            <source>sets a field %(field)s that is not a name</source>
            <translation>이름이 아닌 필드 %(field)s을(를) 설정합니다</translation>
        </message>
        <message>
            <source>has a '%(field)s' longer than %(limit)d characters</source>
            <translation>'%(field)s'이(가) %(limit)d자를 넘습니다</translation>
        </message>
        <message>
            <source>gives '%(field)s' a value of the wrong kind</source>
            <translation>'%(field)s'에 잘못된 종류의 값을 줍니다</translation>
        </message>
        <message>
            <source>has an empty '%(field)s', which a %(type)s must have</source>
            <translation>'%(field)s'이(가) 비어 있지만 %(type)s에는 반드시 있어야 합니다</translation>
        </message>
        <message>
            <source>has a bad value: %(reason)s</source>
            <translation>잘못된 값이 있습니다: %(reason)s</translation>
        </message>
        <message>
            <source>holds a number that is not a number (NaN or Infinity)</source>
            <translation>숫자가 아닌 숫자(NaN 또는 Infinity)가 들어 있습니다</translation>
        </message>
        <message>
            <source>holds text that is not valid JSON (%(error)s)</source>
            <translation>올바른 JSON이 아닌 텍스트가 들어 있습니다(%(error)s)</translation>
        </message>
        <message>
            <source>holds text that is not valid Unicode (a lone surrogate)</source>
            <translation>올바른 유니코드가 아닌 텍스트(짝 없는 서로게이트)가 들어 있습니다</translation>
        </message>
        <message>
            <source>This bundle's list of changes does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>이 번들의 변경 목록이 설명에 있는 지문(SHA-256)과 일치하지 않아 변조되었거나 손상되었습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle's attachment %(attachment)s… does not match the fingerprint (SHA-256) in its description, so it was altered or damaged; ask the sender to export it again.</source>
            <translation>이 번들의 첨부 파일 %(attachment)s…이(가) 설명에 있는 지문(SHA-256)과 일치하지 않아 변조되었거나 손상되었습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle's list of changes ends in the middle of a line; ask the sender to export it again.</source>
            <translation>이 번들의 변경 목록이 줄 중간에서 끝납니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle carries more changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>이 번들에는 설명에 적힌 것(%(expected)d개)보다 많은 변경 사항이 있습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle carries fewer changes than its description says (%(expected)d); ask the sender to export it again.</source>
            <translation>이 번들에는 설명에 적힌 것(%(expected)d개)보다 적은 변경 사항이 있습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the copy that lets you undo this import, so nothing was imported; free some space on the disk of the workspace (it needs about %(size)s), then import again.</source>
            <translation>여유 공간이 부족하거나 디스크에 오류가 있어 이 가져오기를 되돌릴 수 있게 하는 사본을 보관할 수 없으므로 아무것도 가져오지 않았습니다. 작업 공간이 있는 디스크의 공간을 확보한 다음(약 %(size)s 필요) 다시 가져오세요.</translation>
        </message>
        <message>
            <source>There is not enough free space (or the disk failed) to keep the record that lets you undo this import, so nothing was imported; free some space on the disk of the workspace, then import again.</source>
            <translation>여유 공간이 부족하거나 디스크에 오류가 있어 이 가져오기를 되돌릴 수 있게 하는 기록을 보관할 수 없으므로 아무것도 가져오지 않았습니다. 작업 공간이 있는 디스크의 공간을 확보한 다음 다시 가져오세요.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk of the workspace to undo the import, so nothing was changed; free some space (about %(size)s), then undo it again.</source>
            <translation>작업 공간이 있는 디스크의 여유 공간이 부족해 가져오기를 되돌릴 수 없으므로 아무것도 변경되지 않았습니다. 공간을 확보한 다음(약 %(size)s) 다시 되돌리세요.</translation>
        </message>
        <message>
            <source>Another program is changing the workspace, so the import was not undone; close it (or wait for it to finish), then undo the import again.</source>
            <translation>다른 프로그램이 작업 공간을 변경하고 있어 가져오기를 되돌리지 않았습니다. 그 프로그램을 닫거나 끝날 때까지 기다린 다음 가져오기를 다시 되돌리세요.</translation>
        </message>
        <message>
            <source>GCEN Desktop could not start the process that reads the bundle; try again, and restart GCEN Desktop if it happens again.</source>
            <translation>GCEN Desktop이 번들을 읽는 프로세스를 시작하지 못했습니다. 다시 시도하고, 또 그러면 GCEN Desktop을 다시 시작하세요.</translation>
        </message>
        <message>
            <source>The bundle could not be read to the end (the reading process stopped); import it again, and if that fails ask the sender to export it again.</source>
            <translation>번들을 끝까지 읽지 못했습니다(읽기 프로세스가 중지됨). 다시 가져오고, 그래도 실패하면 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This file is a kind of ZIP archive that GCEN Desktop never writes; choose a .gcen file exported by GCEN Desktop.</source>
            <translation>이 파일은 GCEN Desktop이 쓰지 않는 종류의 ZIP 압축 파일입니다. GCEN Desktop에서 내보낸 .gcen 파일을 고르세요.</translation>
        </message>
        <message>
            <source>This file is a multi-part ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>이 파일은 GCEN 번들이 아니라 분할 ZIP 압축 파일입니다. .gcen 파일을 고르세요.</translation>
        </message>
        <message>
            <source>This bundle file has extra bytes after its end; ask the sender to export it again.</source>
            <translation>이 번들 파일의 끝 뒤에 불필요한 바이트가 있습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle's table of contents is not where it should be; ask the sender to export it again.</source>
            <translation>이 번들의 목차가 있어야 할 위치에 없습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle claims to hold %(count)d files, more than the %(limit)d a bundle may hold, so it was refused; do not open it, and tell the sender.</source>
            <translation>이 번들은 파일을 %(count)d개 담고 있다고 하는데, 이는 번들 하나에 담을 수 있는 %(limit)d개를 넘으므로 거부했습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This file is an empty ZIP archive, not a GCEN bundle; choose a .gcen file.</source>
            <translation>이 파일은 GCEN 번들이 아니라 빈 ZIP 압축 파일입니다. .gcen 파일을 고르세요.</translation>
        </message>
        <message>
            <source>This bundle's table of contents is damaged; ask the sender to export it again.</source>
            <translation>이 번들의 목차가 손상되었습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>A file inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>이 번들 안의 파일 하나가 손상되었습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle holds a file with an overlong name, which bundles never have; do not open it, and tell the sender.</source>
            <translation>이 번들에는 번들에 있을 수 없는, 이름이 지나치게 긴 파일이 들어 있습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This bundle holds a file whose name is not readable text, which bundles never have; do not open it, and tell the sender.</source>
            <translation>이 번들에는 번들에 있을 수 없는, 이름이 읽을 수 있는 텍스트가 아닌 파일이 들어 있습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This bundle holds a file named %(name)s that points outside its own folder (an absolute path or '..'), so it was refused; do not open it, and tell the sender.</source>
            <translation>이 번들에는 자기 폴더 밖을 가리키는(절대 경로 또는 '..') %(name)s이라는 파일이 들어 있어 거부했습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This bundle holds two files with the same name (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>이 번들에는 이름이 같은 파일 두 개(%(name)s)가 들어 있어 하나를 다른 하나 뒤에 숨길 수 있으므로 거부했습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This bundle holds two files with names that differ only in upper/lower case (%(name)s), which can hide one behind the other, so it was refused; do not open it, and tell the sender.</source>
            <translation>이 번들에는 이름이 대소문자만 다른 파일 두 개(%(name)s)가 들어 있어 하나를 다른 하나 뒤에 숨길 수 있으므로 거부했습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This ZIP archive uses ZIP passwords, which GCEN bundles never use; choose a .gcen file.</source>
            <translation>이 ZIP 압축 파일은 GCEN 번들이 쓰지 않는 ZIP 암호를 사용합니다. .gcen 파일을 고르세요.</translation>
        </message>
        <message>
            <source>This file is a ZIP archive that GCEN Desktop did not write; choose a .gcen file.</source>
            <translation>이 파일은 GCEN Desktop이 쓰지 않은 ZIP 압축 파일입니다. .gcen 파일을 고르세요.</translation>
        </message>
        <message>
            <source>This ZIP archive uses a compression method GCEN bundles never use; choose a .gcen file.</source>
            <translation>이 ZIP 압축 파일은 GCEN 번들이 쓰지 않는 압축 방식을 사용합니다. .gcen 파일을 고르세요.</translation>
        </message>
        <message>
            <source>A file inside this bundle would expand %(times)d times (a 'zip bomb'), so it was refused; do not open it, and tell the sender.</source>
            <translation>이 번들 안의 파일 하나가 %(times)d배로 부풀어 오르게 되어('zip 폭탄') 거부했습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This bundle holds a file %(name)s that does not belong in a bundle; ask the sender to export it again.</source>
            <translation>이 번들에는 번들에 속하지 않는 파일 %(name)s이(가) 들어 있습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle has no list of changes in it; ask the sender to export it again.</source>
            <translation>이 번들에는 변경 목록이 없습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.</source>
            <translation>이 번들은 압축을 풀면 %(size)s(으)로, GCEN Desktop이 받는 %(limit)s보다 큽니다. 보낸 사람에게 전체 번들 대신 나만을 위한 번들을 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle unpacks to %(size)s and there is not enough free disk space to check it safely; free some disk space and import it again.</source>
            <translation>이 번들은 압축을 풀면 %(size)s인데, 안전하게 검사할 디스크 여유 공간이 부족합니다. 디스크 공간을 확보한 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <source>This bundle's files overlap one another inside the archive (a 'zip bomb' trick), so it was refused; do not open it, and tell the sender.</source>
            <translation>이 번들의 파일들이 압축 파일 안에서 서로 겹쳐 있어('zip 폭탄' 수법) 거부했습니다. 열지 말고 보낸 사람에게 알리세요.</translation>
        </message>
        <message>
            <source>This bundle's list of changes is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>이 번들의 변경 목록은 %(size)s(으)로, GCEN Desktop이 받는 %(limit)s보다 큽니다. 보낸 사람에게 나만을 위한 번들을 내보내거나 그 파일을 다른 방법으로 공유해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle's description (manifest) is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>이 번들의 설명(매니페스트)은 %(size)s(으)로, GCEN Desktop이 받는 %(limit)s보다 큽니다. 보낸 사람에게 나만을 위한 번들을 내보내거나 그 파일을 다른 방법으로 공유해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>This bundle's attachment is %(size)s, more than the %(limit)s GCEN Desktop accepts; ask the sender to export for you only, or to share that file another way.</source>
            <translation>이 번들의 첨부 파일은 %(size)s(으)로, GCEN Desktop이 받는 %(limit)s보다 큽니다. 보낸 사람에게 나만을 위한 번들을 내보내거나 그 파일을 다른 방법으로 공유해 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>The file %(name)s inside this bundle is damaged; ask the sender to export it again.</source>
            <translation>이 번들 안의 파일 %(name)s이(가) 손상되었습니다. 보낸 사람에게 다시 내보내 달라고 요청하세요.</translation>
        </message>
        <message>
            <source>A session ends after it starts: give an end time after %(start)s, or leave it empty.</source>
            <translation>세션은 시작한 뒤에 끝나야 합니다. %(start)s 이후의 종료 시각을 입력하거나 비워 두세요.</translation>
        </message>
    </context>
</TS>

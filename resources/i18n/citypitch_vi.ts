<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>the copy was discarded while it was being written</source>
        <extracomment>Quiet time after the last edit before an autosave (milliseconds). Longest time an edit waits for an autosave while the user keeps editing (milliseconds). When (time.monotonic) the snapshot behind the last successful autosave was taken; None until the first one.</extracomment>
        <translation>bản sao đã bị hủy trong khi đang được ghi</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu không thành công: %1</translation>
    </message>
</context>
<context>
    <name>BudgetNotes</name>
    <message>
        <source>{count} characters over: the whole text moves to the appendix ({code})</source>
        <translation>Vượt {count} ký tự: toàn bộ văn bản chuyển sang phụ lục ({code})</translation>
    </message>
    <message>
        <source>{count} characters over: the rest moves to the appendix ({code})</source>
        <translation>Vượt {count} ký tự: phần còn lại chuyển sang phụ lục ({code})</translation>
    </message>
    <message>
        <source>Part of it moves to the appendix ({code})</source>
        <translation>Một phần chuyển sang phụ lục ({code})</translation>
    </message>
    <message>
        <source>{count} characters left on the slide</source>
        <translation>Slide còn chỗ cho {count} ký tự</translation>
    </message>
</context>
<context>
    <name>CityTeamPage</name>
    <message>
        <source>City and team</source>
        <translation>Thành phố và nhóm dự án</translation>
    </message>
    <message>
        <source>Who the city is, and who stands behind the proposal.</source>
        <translation>Thành phố là ai, và ai đứng sau đề xuất này.</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Hồ sơ thành phố</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>Thành phố (&amp;C)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Quốc gia (&amp;O)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>&amp;Province or region</source>
        <translation>Tỉnh hoặc vùng (&amp;P)</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>Tỉnh hoặc vùng</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>degrees, north positive, e.g. 16.0678</source>
        <translation>độ, vĩ bắc là số dương, ví dụ 16.0678</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>degrees, east positive, e.g. 108.2208</source>
        <translation>độ, kinh đông là số dương, ví dụ 108.2208</translation>
    </message>
    <message>
        <source>Pop&amp;ulation</source>
        <translation>Dân số (&amp;U)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>số nguyên</translation>
    </message>
    <message>
        <source>Popu&amp;lation year</source>
        <translation>Năm số &amp;liệu dân số</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>Năm số liệu dân số</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>ví dụ 2030</translation>
    </message>
    <message>
        <source>Popul&amp;ation growth (% a year)</source>
        <translation>Tăng trưởng dân số (%/năm) (&amp;A)</translation>
    </message>
    <message>
        <source>Population growth (% a year)</source>
        <translation>Tăng trưởng dân số (%/năm)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>A&amp;rea (km²)</source>
        <translation>Diện tích (km²) (&amp;R)</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Diện tích (km²)</translation>
    </message>
    <message>
        <source>&amp;GDP per head (USD)</source>
        <translation>&amp;GDP bình quân đầu người (USD)</translation>
    </message>
    <message>
        <source>GDP per head (USD)</source>
        <translation>GDP bình quân đầu người (USD)</translation>
    </message>
    <message>
        <source>A&amp;SCN member city</source>
        <translation>Thành phố thành viên A&amp;SCN</translation>
    </message>
    <message>
        <source>ASCN member city</source>
        <translation>Thành phố thành viên ASCN</translation>
    </message>
    <message>
        <source>ASCN focus areas</source>
        <translation>Lĩnh vực trọng tâm ASCN</translation>
    </message>
    <message>
        <source>S&amp;mart City Action Plan reference</source>
        <translation>Tha&amp;m chiếu Kế hoạch hành động thành phố thông minh (SCAP)</translation>
    </message>
    <message>
        <source>Smart City Action Plan reference</source>
        <translation>Tham chiếu Kế hoạch hành động thành phố thông minh (SCAP)</translation>
    </message>
    <message>
        <source>C&amp;ity context</source>
        <translation>Bố&amp;i cảnh thành phố</translation>
    </message>
    <message>
        <source>City context</source>
        <translation>Bối cảnh thành phố</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Nhóm dự án</translation>
    </message>
    <message>
        <source>Lea&amp;d agency</source>
        <translation>Cơ quan chủ trì (&amp;D)</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Pro&amp;ject champion</source>
        <translation>Người dẫn dắt dự án (&amp;J)</translation>
    </message>
    <message>
        <source>Project champion</source>
        <translation>Người dẫn dắt dự án</translation>
    </message>
    <message>
        <source>Champion&apos;s title</source>
        <translation>Chức danh người dẫn dắt</translation>
    </message>
    <message>
        <source>&amp;Team capability and track record</source>
        <translation>Năng lực và kinh nghiệm của nhóm (&amp;T)</translation>
    </message>
    <message>
        <source>Team capability and track record</source>
        <translation>Năng lực và kinh nghiệm của nhóm</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Đầu mối liên hệ</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Changed</source>
        <extracomment>The dialog&apos;s words are in the interface&apos;s language; &quot;Save as text&quot; writes ``citypitch diff``&apos;s English.</extracomment>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <source>Total capex</source>
        <extracomment>The key figures&apos; names, by :class:`wizard.review.diff.Figure` id.</extracomment>
        <translation>Tổng chi phí đầu tư (capex)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>Giá trị hiện tại ròng (NPV)</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>Tỷ suất hoàn vốn nội bộ (IRR)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Thời gian hoàn vốn</translation>
    </message>
    <message>
        <source>Capex not yet committed</source>
        <translation>Chi phí đầu tư (capex) chưa có cam kết vốn (phần vốn còn thiếu)</translation>
    </message>
    <message>
        <source>deal-breaker</source>
        <translation>vấn đề nghiêm trọng</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>gợi ý</translation>
    </message>
    <message>
        <source>%1 (current draft)</source>
        <extracomment>More changes than this are shown without measuring each row&apos;s height (it would take seconds).</extracomment>
        <translation>%1 (bản nháp hiện tại)</translation>
    </message>
    <message>
        <source>%1 @ version %2 &quot;%3&quot; (saved %4 by %5)</source>
        <translation>%1 @ phiên bản %2 “%3” (lưu lúc %4 bởi %5)</translation>
    </message>
    <message>
        <source>%1 @ version %2 &quot;%3&quot; (saved %4)</source>
        <translation>%1 @ phiên bản %2 “%3” (lưu lúc %4)</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <translation>(chưa tính được)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(chưa đánh giá)</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>Điểm mức độ sẵn sàng đầu tư: %1 → %2</translation>
    </message>
    <message>
        <source>Score: %1 (no change)</source>
        <translation>Điểm mức độ sẵn sàng đầu tư: %1 (không đổi)</translation>
    </message>
    <message>
        <source>Band: %1 → %2</source>
        <translation>Mức xếp loại: %1 → %2</translation>
    </message>
    <message>
        <source>Band: %1 (no change)</source>
        <translation>Mức xếp loại: %1 (không đổi)</translation>
    </message>
    <message>
        <source>Findings that went (%1):</source>
        <translation>Các phát hiện đã hết (%1):</translation>
    </message>
    <message>
        <source>Findings that appeared (%1):</source>
        <translation>Các phát hiện mới xuất hiện (%1):</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Toàn bộ đề xuất</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings: the same</source>
        <translation>Các phát hiện: giữ nguyên</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Cũ: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Mới: %1</translation>
    </message>
    <message>
        <source>No differences: the two proposals hold the same content.</source>
        <translation>Không có khác biệt: hai đề xuất có cùng nội dung.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Các chỉ số chính</translation>
    </message>
    <message>
        <source>Key figures, old and new</source>
        <translation>Các chỉ số chính, cũ và mới</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Cũ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Mức độ sẵn sàng đầu tư</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Các thay đổi (%1)</translation>
    </message>
    <message>
        <source>Changes, old and new side by side</source>
        <translation>Các thay đổi, cũ và mới đặt cạnh nhau</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Ô nhập</translation>
    </message>
    <message>
        <source>Word by word ([-removed-] {+added+}):</source>
        <translation>Từng từ ([-đã xóa-] {+đã thêm+}):</translation>
    </message>
    <message>
        <source>The selected change, word by word</source>
        <translation>Thay đổi đã chọn, từng từ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Select a changed field to see it word by word: removed words struck through, added words marked.</source>
        <translation>Chọn một ô nhập đã sửa để xem từng từ: từ bị xóa được gạch ngang, từ được thêm được đánh dấu.</translation>
    </message>
    <message>
        <source>%1, word by word:</source>
        <translation>%1, từng từ:</translation>
    </message>
</context>
<context>
    <name>Consult</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>No longer attached</source>
        <translation>Không còn gắn với ô nào</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, của %2</translation>
    </message>
    <message>
        <source>%1, 1 reply</source>
        <translation>%1, 1 trả lời</translation>
    </message>
    <message>
        <source>%1, %2 replies</source>
        <translation>%1, %2 trả lời</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>resolved by %1 on %2</source>
        <translation>%1 đã giải quyết ngày %2</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>%1 đã giải quyết</translation>
    </message>
    <message>
        <source>Comment %1 on %2</source>
        <translation>Nhận xét %1 về %2</translation>
    </message>
    <message>
        <source>The field or row it was on is gone (it comes back if the row does).</source>
        <translation>Ô hoặc hàng mà nhận xét gắn vào không còn nữa (nhận xét sẽ trở lại nếu hàng đó trở lại).</translation>
    </message>
    <message>
        <source>Reply by %1, %2:</source>
        <translation>Trả lời của %1, %2:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comments</source>
        <extracomment>The markers, panels and status line now show the review part as it is (tests wait for it). True when a table holding comments changed since they were last re-anchored. Raised whenever rows holding comments may have moved (what the overview was made for is kept).</extracomment>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>The selected comment and its replies</source>
        <translation>Nhận xét đang chọn và các trả lời</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>Đến ô nhập (&amp;G)</translation>
    </message>
    <message>
        <source>Show the field or row the comment is on</source>
        <translation>Hiển thị ô hoặc hàng mà nhận xét gắn vào</translation>
    </message>
    <message>
        <source>Re&amp;ply...</source>
        <translation>Trả lời (&amp;P)...</translation>
    </message>
    <message>
        <source>Answer the selected comment</source>
        <translation>Trả lời nhận xét đang chọn</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Đánh dấu đã giải quyết (&amp;S)</translation>
    </message>
    <message>
        <source>Mark the selected comment resolved</source>
        <translation>Đánh dấu nhận xét đang chọn là đã giải quyết</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>Mở lại (&amp;N)</translation>
    </message>
    <message>
        <source>Open the selected comment again</source>
        <translation>Mở lại nhận xét đang chọn</translation>
    </message>
    <message>
        <source>Comment on the &amp;whole proposal...</source>
        <translation>Nhận xét về toàn bộ đề xuất (&amp;W)...</translation>
    </message>
    <message>
        <source>A comment that is on no one field (right-click a field or a table row to comment on it)</source>
        <translation>Nhận xét không gắn với ô cụ thể nào (nhấp chuột phải vào một ô hoặc một hàng của bảng để nhận xét về nó)</translation>
    </message>
    <message>
        <source>The comments cannot be shown.</source>
        <translation>Không hiển thị được các nhận xét.</translation>
    </message>
    <message>
        <source>No comments yet. Right-click a field or a table row to comment on it.</source>
        <translation>Chưa có nhận xét nào. Nhấp chuột phải vào một ô hoặc một hàng của bảng để nhận xét.</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved, %3 no longer attached.</source>
        <translation>%1 đang mở, %2 đã giải quyết, %3 không còn gắn với ô nào.</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved.</source>
        <translation>%1 đang mở, %2 đã giải quyết.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Chỉ đọc: %1</translation>
    </message>
    <message>
        <source>&amp;Save as text...</source>
        <translation>Lưu dạng văn bản (&amp;S)...</translation>
    </message>
    <message>
        <source>Write this comparison to a text file</source>
        <translation>Ghi bản so sánh này ra tệp văn bản</translation>
    </message>
    <message>
        <source>C&amp;opy as text</source>
        <translation>Sao chép dạng văn bản (&amp;O)</translation>
    </message>
    <message>
        <source>Put this comparison on the clipboard as text</source>
        <translation>Chép bản so sánh này vào bảng tạm dưới dạng văn bản</translation>
    </message>
    <message>
        <source>comments</source>
        <extracomment>What a review action changes, as the guard&apos;s questions name it (translated when shown).</extracomment>
        <translation>nhận xét</translation>
    </message>
    <message>
        <source>saved versions</source>
        <translation>phiên bản đã lưu</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>phê duyệt cuối cùng</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>ghi chú buổi làm việc</translation>
    </message>
    <message>
        <source>Versions and sign-off</source>
        <translation>Phiên bản và phê duyệt cuối cùng</translation>
    </message>
    <message>
        <source>Save a &amp;version...</source>
        <translation>Lưu phiên bản (&amp;V)...</translation>
    </message>
    <message>
        <source>Compare &amp;with...</source>
        <translation>So sánh với (&amp;W)...</translation>
    </message>
    <message>
        <source>Export review &amp;memo...</source>
        <translation>Xuất bản ghi nhớ rà soát (&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Comment on the whole proposal...</source>
        <translation>Nhận xét về toàn bộ đề xuất (&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Sign off...</source>
        <translation>Phê duyệt cuối cùng (&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Require a sign-off for a final export</source>
        <translation>Yêu cầu phê duyệt cuối cùng cho bản xuất chính thức (&amp;R)</translation>
    </message>
    <message>
        <source>Add session &amp;notes...</source>
        <translation>Thêm ghi chú buổi làm việc (&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Your name...</source>
        <translation>Tên của bạn (&amp;Y)...</translation>
    </message>
    <message>
        <source>Commen&amp;ts panel</source>
        <translation>Bảng nhận xét (&amp;T)</translation>
    </message>
    <message>
        <source>Versions and sign-&amp;off panel</source>
        <translation>Bảng phiên bản và phê duyệt cuối cùng (&amp;O)</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Tham vấn</translation>
    </message>
    <message>
        <source>Comments and versions are now recorded as written by %1.</source>
        <translation>Từ nay nhận xét và phiên bản được ghi nhận là do %1 viết.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Đề xuất này đang mở ở chế độ chỉ đọc: %1</translation>
    </message>
    <message>
        <source>“%1” is a plain proposal file (JSON), which cannot hold %2. Comments, saved versions and sign-offs are kept inside a .citypitch file.

Save the proposal as a .citypitch file now, then carry on?</source>
        <translation>“%1” là tệp đề xuất thông thường (JSON), không thể chứa %2. Nhận xét, phiên bản đã lưu và phê duyệt cuối cùng được lưu bên trong tệp .citypitch.

Lưu đề xuất thành tệp .citypitch ngay bây giờ rồi tiếp tục?</translation>
    </message>
    <message>
        <source>Save as a .citypitch file first</source>
        <translation>Lưu thành tệp .citypitch trước</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Lưu thành...</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>Toàn bộ đề xuất</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Về: %1</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Nhận xét (&amp;C):</translation>
    </message>
    <message>
        <source>Add a comment on %1</source>
        <translation>Thêm nhận xét về %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Reply to comment %1 by %2 on %3:</source>
        <translation>Trả lời nhận xét %1 của %2 về %3:</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>Trả lời (&amp;R):</translation>
    </message>
    <message>
        <source>Reply to comment %1</source>
        <translation>Trả lời nhận xét %1</translation>
    </message>
    <message>
        <source>Resolve comment %1</source>
        <translation>Đánh dấu đã giải quyết nhận xét %1</translation>
    </message>
    <message>
        <source>Reopen comment %1</source>
        <translation>Mở lại nhận xét %1</translation>
    </message>
    <message>
        <source>%1 open comment</source>
        <translation>%1 nhận xét chưa giải quyết</translation>
    </message>
    <message>
        <source>%1 open comments</source>
        <translation>%1 nhận xét chưa giải quyết</translation>
    </message>
    <message>
        <source>Save version “%1”</source>
        <translation>Lưu phiên bản “%1”</translation>
    </message>
    <message>
        <source>Saved version %1, “%2” (score %3, %4). Save the file to keep it.</source>
        <translation>Đã lưu phiên bản %1, “%2” (điểm %3, %4). Hãy lưu tệp để giữ phiên bản này.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Version %1 cannot be opened</source>
        <translation>Không mở được phiên bản %1</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Đề xuất chưa đặt tên</translation>
    </message>
    <message>
        <source>%1 @ version %2 “%3”</source>
        <translation>%1 @ phiên bản %2 “%3”</translation>
    </message>
    <message>
        <source>this is version %1, “%2”, saved %3 by %4. Restore it from the Versions panel of the proposal&apos;s own window to work on it.</source>
        <translation>đây là phiên bản %1, “%2”, do %4 lưu lúc %3. Hãy khôi phục phiên bản này từ bảng Phiên bản trong cửa sổ của chính đề xuất để làm việc tiếp.</translation>
    </message>
    <message>
        <source>this is version %1, “%2”, saved %3. Restore it from the Versions panel of the proposal&apos;s own window to work on it.</source>
        <translation>đây là phiên bản %1, “%2”, lưu lúc %3. Hãy khôi phục phiên bản này từ bảng Phiên bản trong cửa sổ của chính đề xuất để làm việc tiếp.</translation>
    </message>
    <message>
        <source>The file no longer holds its images %1.</source>
        <translation>Tệp không còn chứa các hình ảnh %1.</translation>
    </message>
    <message>
        <source>Make version %1, “%2”, the current draft? Undo (Ctrl+Z) takes it back.</source>
        <translation>Đặt phiên bản %1, “%2”, làm bản nháp hiện tại? Hoàn tác (Ctrl+Z) sẽ đưa lại như cũ.</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Khôi phục phiên bản</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The version was not restored</source>
        <translation>Phiên bản chưa được khôi phục</translation>
    </message>
    <message>
        <source>Restore version %1 “%2”</source>
        <translation>Khôi phục phiên bản %1 “%2”</translation>
    </message>
    <message>
        <source>Version %1, “%2”, is the current draft. Undo takes it back.</source>
        <translation>Phiên bản %1, “%2”, đã là bản nháp hiện tại. Hoàn tác sẽ đưa lại như cũ.</translation>
    </message>
    <message>
        <source>Remove version %1, “%2”, from the file? Undo (Ctrl+Z) brings it back until you close the file.</source>
        <translation>Xóa phiên bản %1, “%2”, khỏi tệp? Hoàn tác (Ctrl+Z) sẽ khôi phục lại cho đến khi bạn đóng tệp.</translation>
    </message>
    <message>
        <source>Delete a version</source>
        <translation>Xóa phiên bản</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete version %1 “%2”</source>
        <translation>Xóa phiên bản %1 “%2”</translation>
    </message>
    <message>
        <source>Current proposal</source>
        <translation>Đề xuất hiện tại</translation>
    </message>
    <message>
        <source>Cannot compare with this file</source>
        <translation>Không thể so sánh với tệp này</translation>
    </message>
    <message>
        <source>Save the comparison as text</source>
        <translation>Lưu kết quả so sánh dạng văn bản</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>The comparison was not written</source>
        <translation>Chưa ghi được kết quả so sánh</translation>
    </message>
    <message>
        <source>Wrote the comparison to %1</source>
        <translation>Đã ghi kết quả so sánh vào %1</translation>
    </message>
    <message>
        <source>You are signing off the current content, which is saved version %1, “%2”.</source>
        <translation>Bạn đang phê duyệt cuối cùng nội dung hiện tại, tức là phiên bản đã lưu %1, “%2”.</translation>
    </message>
    <message>
        <source>You are signing off the current content. It is not a saved version yet, so it will be saved as one, so that what was approved can always be opened again.</source>
        <translation>Bạn đang phê duyệt cuối cùng nội dung hiện tại. Nội dung này chưa phải là phiên bản đã lưu, nên sẽ được lưu thành một phiên bản để luôn mở lại được nội dung đã phê duyệt.</translation>
    </message>
    <message>
        <source>Any later edit makes the sign-off stale; undoing the edit makes it current again.</source>
        <translation>Mọi chỉnh sửa sau đó sẽ làm phê duyệt cuối cùng hết hiệu lực; hoàn tác chỉnh sửa sẽ làm phê duyệt có hiệu lực trở lại.</translation>
    </message>
    <message>
        <source>The export keeps its DRAFT mark all the same while %1.</source>
        <translation>Tuy vậy, bản xuất vẫn giữ dấu DRAFT chừng nào %1.</translation>
    </message>
    <message>
        <source>Sign off as %1</source>
        <translation>Phê duyệt cuối cùng với tư cách %1</translation>
    </message>
    <message>
        <source>Signed off by %1 (version %2, “%3”).</source>
        <translation>Đã được %1 phê duyệt cuối cùng (phiên bản %2, “%3”).</translation>
    </message>
    <message>
        <source>Require a sign-off</source>
        <translation>Yêu cầu phê duyệt cuối cùng</translation>
    </message>
    <message>
        <source>Stop requiring a sign-off</source>
        <translation>Thôi yêu cầu phê duyệt cuối cùng</translation>
    </message>
    <message>
        <source>Add session notes of %1</source>
        <translation>Thêm ghi chú buổi làm việc ngày %1</translation>
    </message>
    <message>
        <source>The review memo cannot be written</source>
        <translation>Không thể ghi bản ghi nhớ rà soát</translation>
    </message>
    <message>
        <source>Export the review memo</source>
        <translation>Xuất bản ghi nhớ rà soát</translation>
    </message>
    <message>
        <source>The review memo was not written</source>
        <translation>Chưa ghi được bản ghi nhớ rà soát</translation>
    </message>
    <message>
        <source>Wrote the review memo to %1</source>
        <translation>Đã ghi bản ghi nhớ rà soát vào %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Phê duyệt cuối cùng</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Mức độ sẵn sàng đầu tư</translation>
    </message>
    <message>
        <source>Signed off by %1, %2 on %3</source>
        <translation>Đã được %1, %2 phê duyệt cuối cùng ngày %3</translation>
    </message>
    <message>
        <source>Signed off by %1 on %3</source>
        <translation>Đã được %1 phê duyệt cuối cùng ngày %3</translation>
    </message>
    <message>
        <source>Sign-off by %1 on %2 is stale: the proposal has changed since</source>
        <translation>Phê duyệt cuối cùng của %1 ngày %2 đã hết hiệu lực: đề xuất đã thay đổi từ đó</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Chưa có phê duyệt cuối cùng</translation>
    </message>
    <message>
        <source>%1 (sign-off is required for a final export)</source>
        <translation>%1 (cần phê duyệt cuối cùng để xuất phiên bản chính thức)</translation>
    </message>
    <message>
        <source>Sign-off: cannot be read (%1)</source>
        <translation>Phê duyệt cuối cùng: không đọc được (%1)</translation>
    </message>
    <message>
        <source>. The draft is version %1, “%2”</source>
        <translation>. Bản nháp hiện là phiên bản %1, “%2”</translation>
    </message>
    <message>
        <source>Keep the proposal as it is now in the file, under a label</source>
        <translation>Lưu đề xuất như hiện tại vào tệp, kèm một nhãn</translation>
    </message>
    <message>
        <source>Sign o&amp;ff...</source>
        <translation>Phê duyệt cuối cùng (&amp;F)...</translation>
    </message>
    <message>
        <source>Approve the current content in your name (any later edit makes it stale)</source>
        <translation>Phê duyệt nội dung hiện tại dưới tên bạn (mọi chỉnh sửa sau đó làm phê duyệt hết hiệu lực)</translation>
    </message>
    <message>
        <source>Write something first; an empty comment cannot be recorded.</source>
        <translation>Hãy viết nội dung trước; nhận xét trống không được ghi nhận.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Comments, replies, saved versions and session notes record who wrote them. Your name is kept on this computer and used from now on.</source>
        <translation>Nhận xét, trả lời, phiên bản đã lưu và ghi chú buổi làm việc đều ghi lại người viết. Tên của bạn được lưu trên máy này và dùng từ nay về sau.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tên (&amp;N):</translation>
    </message>
    <message>
        <source>Write your name (for example Maya Tan, Lumara Smart City Office).</source>
        <translation>Hãy viết tên của bạn (ví dụ Maya Tan, Lumara Smart City Office).</translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation>Lưu phiên bản</translation>
    </message>
    <message>
        <source>The whole proposal and its images are kept in the file as they are now, under this label. You can open, compare or restore it later.</source>
        <translation>Toàn bộ đề xuất và hình ảnh được lưu trong tệp như hiện tại, dưới nhãn này. Bạn có thể mở, so sánh hoặc khôi phục sau.</translation>
    </message>
    <message>
        <source>After workshop 2</source>
        <translation>Sau hội thảo 2</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Nhãn (&amp;L):</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Phê duyệt cuối cùng</translation>
    </message>
    <message>
        <source>Lead consultant</source>
        <translation>Chuyên gia tư vấn chính</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;name:</source>
        <translation>Tên người phê duyệt (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Vai trò (&amp;R):</translation>
    </message>
    <message>
        <source>A sign-off needs the reviewer&apos;s name.</source>
        <translation>Phê duyệt cuối cùng cần có tên người phê duyệt.</translation>
    </message>
    <message>
        <source>Attendees, one a line</source>
        <translation>Người tham dự, mỗi người một dòng</translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation>Nội dung đã thảo luận và thống nhất</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngày (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Attendees (one a line):</source>
        <translation>Người tham dự (mỗi người một dòng) (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ghi chú (&amp;N):</translation>
    </message>
    <message>
        <source>Write who attended or what was discussed.</source>
        <translation>Hãy viết ai đã tham dự hoặc nội dung đã thảo luận.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <source>Compare the current draft with:</source>
        <translation>So sánh bản nháp hiện tại với:</translation>
    </message>
    <message>
        <source>A saved &amp;version of this proposal</source>
        <translation>Một phiên bản đã lưu của đề xuất này (&amp;V)</translation>
    </message>
    <message>
        <source>Another proposal &amp;file...</source>
        <translation>Tệp đề xuất khác (&amp;F)...</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Các phiên bản đã lưu</translation>
    </message>
    <message>
        <source>%1. %2 (saved %3 by %4)</source>
        <translation>%1. %2 (lưu lúc %3 bởi %4)</translation>
    </message>
    <message>
        <source>%1. %2 (saved %3)</source>
        <translation>%1. %2 (lưu lúc %3)</translation>
    </message>
    <message>
        <source>A saved version of this proposal (the file has none yet)</source>
        <translation>Một phiên bản đã lưu của đề xuất này (tệp chưa có phiên bản nào)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Choose a version in the list, or another file.</source>
        <translation>Hãy chọn một phiên bản trong danh sách, hoặc một tệp khác.</translation>
    </message>
    <message>
        <source>Require a sign-off for an export without the DRAFT mark</source>
        <translation>Yêu cầu phê duyệt cuối cùng để xuất mà không có dấu DRAFT</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>Mở chỉ đọc (&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected version in a read-only window</source>
        <translation>Hiển thị phiên bản đang chọn trong cửa sổ chỉ đọc</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>So sánh (&amp;C)</translation>
    </message>
    <message>
        <source>Compare the selected version with the current draft (or two selected versions)</source>
        <translation>So sánh phiên bản đang chọn với bản nháp hiện tại (hoặc hai phiên bản đang chọn)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Khôi phục (&amp;R)</translation>
    </message>
    <message>
        <source>Make the selected version the current draft (Undo takes it back)</source>
        <translation>Đặt phiên bản đang chọn làm bản nháp hiện tại (Hoàn tác để quay lại)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xóa (&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected version from the file (Undo brings it back)</source>
        <translation>Xóa phiên bản đang chọn khỏi tệp (Hoàn tác để lấy lại)</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Ghi chú buổi làm việc</translation>
    </message>
    <message>
        <source>Record the date, who attended and what was discussed</source>
        <translation>Ghi lại ngày, người tham dự và nội dung đã thảo luận</translation>
    </message>
    <message>
        <source>Session notes and comments as a Markdown memo for the team (never for investors)</source>
        <translation>Ghi chú buổi làm việc và nhận xét dưới dạng bản ghi nhớ Markdown cho nhóm (không dành cho nhà đầu tư)</translation>
    </message>
    <message>
        <source>(current draft)</source>
        <translation>(bản nháp hiện tại)</translation>
    </message>
    <message>
        <source>No session notes yet.</source>
        <translation>Chưa có ghi chú buổi làm việc nào.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>1 open comment, by %2</source>
        <translation>1 nhận xét đang mở, của %2</translation>
    </message>
    <message>
        <source>%1 open comments, by %2</source>
        <translation>%1 nhận xét đang mở, của %2</translation>
    </message>
    <message>
        <source>Reply by %1: %2</source>
        <extracomment>A marker&apos;s tooltip shows this many comments whole; the rest are counted (all are in the panel).</extracomment>
        <translation>Trả lời của %1: %2</translation>
    </message>
    <message>
        <source>And %1 more: see them all in the Comments panel.</source>
        <translation>Và %1 nhận xét khác: xem tất cả trong bảng Nhận xét.</translation>
    </message>
    <message>
        <source>Comment on %1...</source>
        <extracomment>What a menu entry asks for: a comment on this path.</extracomment>
        <translation>Nhận xét về %1...</translation>
    </message>
    <message>
        <source>Comment on %1 in row %2 of %3...</source>
        <translation>Nhận xét về %1 ở hàng %2 của %3...</translation>
    </message>
    <message>
        <source>Comment on row %1 of %2...</source>
        <translation>Nhận xét về hàng %1 của %2...</translation>
    </message>
    <message>
        <source>Comment on the whole table %1...</source>
        <translation>Nhận xét về toàn bộ bảng %1...</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>ký tự điều khiển</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>biểu tượng cảm xúc (emoji)</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>ký hiệu</translation>
    </message>
    <message>
        <source>unnamed characters</source>
        <translation>ký tự không có tên</translation>
    </message>
    <message>
        <source>Chinese characters (outside the bundled Japanese set)</source>
        <translation>chữ Hán (ngoài bộ chữ tiếng Nhật đi kèm)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>chữ Hy Lạp</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>chữ Hàn (Hangul)</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>chữ Latinh</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>chữ Kirin</translation>
    </message>
    <message>
        <source>The bundled fonts cannot draw the %1 characters here (%2): the PDF export refuses this text until they are removed or replaced.</source>
        <translation>Phông chữ đi kèm không hiển thị được %1 ở đây (%2): chức năng xuất PDF sẽ không nhận văn bản này cho đến khi bạn xóa hoặc thay thế các ký tự đó.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 và %2 ký tự khác</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Hàng %1, %2: %3</translation>
    </message>
    <message>
        <source>the bundled fonts cannot draw some of the text, and an investor would see empty boxes: %1. The fonts cover %2: remove or replace these characters</source>
        <translation>phông chữ đi kèm không hiển thị được một phần văn bản, nhà đầu tư sẽ chỉ thấy các ô trống: %1. Phông chữ hỗ trợ %2: hãy xóa hoặc thay các ký tự này</translation>
    </message>
    <message>
        <source>%1 has %2 text (%3)</source>
        <translation>%1 có ký tự %2 (%3)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1; and %2 more field(s)</source>
        <translation>%1; và %2 trường khác</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; không ghi gì cả</translation>
    </message>
    <message>
        <source>Latin (with Vietnamese), Greek, Cyrillic, Japanese, Thai, Khmer, Lao and Burmese</source>
        <translation>chữ Latinh (kể cả tiếng Việt), Hy Lạp, Kirin, Nhật, Thái, Khmer, Lào và Miến Điện</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>hàng %1, cột %2 (%3): %4</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>hàng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>%1: only .xlsx and .csv files can be brought in</source>
        <translation>%1: chỉ nhập được tệp .xlsx và .csv</translation>
    </message>
    <message>
        <source>%1: the file could not be read (%2)</source>
        <translation>%1: không đọc được tệp (%2)</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; spreadsheets up to %3 MB can be brought in</source>
        <translation>%1: tệp có dung lượng %2 MB; chỉ nhập được bảng tính tối đa %3 MB</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text; save it from your spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>%1: tệp không phải văn bản UTF-8; hãy lưu từ bảng tính của bạn dưới dạng &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>%1: the file is not a CSV text file</source>
        <translation>%1: tệp không phải tệp văn bản CSV</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; bring in the yearly lines only</source>
        <translation>%1: nhiều hơn %2 hàng; chỉ nhập các dòng hằng năm</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns</source>
        <translation>%1: hàng %2 có nhiều hơn %3 cột</translation>
    </message>
    <message>
        <source>%1: this is not an .xlsx workbook (not a zip archive)</source>
        <translation>%1: đây không phải sổ tính .xlsx (không phải tệp nén zip)</translation>
    </message>
    <message>
        <source>%1: the workbook has %2 parts; it looks built to overload the reader and is refused</source>
        <translation>%1: sổ tính có %2 phần; có vẻ được tạo ra để làm quá tải trình đọc nên bị từ chối</translation>
    </message>
    <message>
        <source>%1: the workbook would unpack to far more than it holds (a zip bomb); it is refused</source>
        <translation>%1: sổ tính sẽ giải nén ra lớn hơn rất nhiều so với kích thước thật (bom zip); tệp bị từ chối</translation>
    </message>
    <message>
        <source>%1: the workbook links to other files (external links); paste the values into a plain sheet and bring that in</source>
        <translation>%1: sổ tính liên kết đến tệp khác (liên kết ngoài); hãy dán các giá trị vào một trang tính thường rồi nhập trang đó</translation>
    </message>
    <message>
        <source>%1: the workbook contains macros; save a copy without macros (.xlsx) and bring that in</source>
        <translation>%1: sổ tính chứa macro; hãy lưu một bản sao không có macro (.xlsx) rồi nhập bản đó</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s XML declares entities (%2); it is refused</source>
        <translation>%1: XML của sổ tính khai báo thực thể (%2); tệp bị từ chối</translation>
    </message>
    <message>
        <source>%1: the workbook could not be read (%2)</source>
        <translation>%1: không đọc được sổ tính (%2)</translation>
    </message>
    <message>
        <source>%1: there is no sheet named %2 (sheets: %3)</source>
        <translation>%1: không có trang tính nào tên %2 (các trang tính: %3)</translation>
    </message>
    <message>
        <source>%1: the sheet is empty</source>
        <translation>%1: trang tính trống</translation>
    </message>
    <message>
        <source>this row has amounts but no year</source>
        <translation>hàng này có số tiền nhưng không có năm</translation>
    </message>
    <message>
        <source>no column holds the year; name one &apos;Year&apos; or choose it in the mapping</source>
        <translation>không có cột nào chứa năm; hãy đặt tên một cột là &apos;Year&apos; hoặc chọn cột đó trong phần ghép cột</translation>
    </message>
    <message>
        <source>the %1 must be a number: %2</source>
        <translation>%1 phải là một số: %2</translation>
    </message>
    <message>
        <source>the %1 must be a number</source>
        <translation>%1 phải là một số</translation>
    </message>
    <message>
        <source>the %1 must be at least %2</source>
        <translation>%1 phải từ %2 trở lên</translation>
    </message>
    <message>
        <source>the %1 must be at most %2</source>
        <translation>%1 không được lớn hơn %2</translation>
    </message>
    <message>
        <source>the %1 has too many decimals (at most %2)</source>
        <translation>%1 có quá nhiều chữ số thập phân (tối đa %2)</translation>
    </message>
    <message>
        <source>the %1 must be one of: %2</source>
        <translation>%1 phải là một trong các giá trị: %2</translation>
    </message>
    <message>
        <source>the %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a number is needed here</source>
        <translation>ở đây cần một số</translation>
    </message>
    <message>
        <source>%1 is not a number; write it like %2</source>
        <translation>%1 không phải là số; hãy viết như %2</translation>
    </message>
    <message>
        <source>%1 mixes separators in a way that cannot be read; write it like %2</source>
        <translation>%1 dùng lẫn các dấu phân cách nên không đọc được; hãy viết như %2</translation>
    </message>
    <message>
        <source>%1 is not grouped in threes; write it like %2</source>
        <translation>%1 không được nhóm theo từng ba chữ số; hãy viết như %2</translation>
    </message>
    <message>
        <source>%1 could be %2 or %3; write %2 for the decimal, or %3 for the whole number</source>
        <translation>%1 có thể là %2 hoặc %3; hãy viết %2 nếu là số thập phân, hoặc %3 nếu là số nguyên</translation>
    </message>
    <message>
        <source>%1 could be %2 or %3; write %2 for the whole number, %3 for the decimal</source>
        <translation>%1 có thể là %2 hoặc %3; hãy viết %2 nếu là số nguyên, %3 nếu là số thập phân</translation>
    </message>
    <message>
        <source>%1 is not a number in this format; write it like %2</source>
        <translation>%1 không phải là số theo định dạng này; hãy viết như %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <source>there is no comment %1</source>
        <translation>không có nhận xét %1</translation>
    </message>
    <message>
        <source>the reply is empty: write what you want to say</source>
        <translation>câu trả lời đang trống: hãy viết điều bạn muốn nói</translation>
    </message>
    <message>
        <source>the comment is empty: write what you want to say</source>
        <translation>nhận xét đang trống: hãy viết điều bạn muốn nói</translation>
    </message>
    <message>
        <source>the reply is too long (%1 characters; at most %2)</source>
        <translation>câu trả lời quá dài (%1 ký tự; tối đa %2)</translation>
    </message>
    <message>
        <source>the comment is too long (%1 characters; at most %2)</source>
        <translation>nhận xét quá dài (%1 ký tự; tối đa %2)</translation>
    </message>
    <message>
        <source>say who the person resolving it is (a name)</source>
        <translation>hãy cho biết tên người giải quyết</translation>
    </message>
    <message>
        <source>say who the author is (a name)</source>
        <translation>hãy cho biết tên người viết</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>Toàn bộ đề xuất</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has 1 row, so there is no row %3</source>
        <translation>&apos;%1&apos;: %2 chỉ có 1 hàng nên không có hàng %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has %3 rows, so there is no row %4</source>
        <translation>&apos;%1&apos;: %2 có %3 hàng nên không có hàng %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>nhận xét</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>ghi chú buổi làm việc</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>hồ sơ phê duyệt cuối cùng</translation>
    </message>
    <message>
        <source>saved versions</source>
        <translation>các phiên bản đã lưu</translation>
    </message>
    <message>
        <source>contents of the saved versions</source>
        <translation>nội dung của các phiên bản đã lưu</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged and cannot be read; they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1 (%2) bị hỏng và không đọc được; chúng được giữ nguyên trong tệp, nhưng không thể sửa ở đây</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged (not a JSON object); they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1 (%2) bị hỏng (không phải đối tượng JSON); chúng được giữ nguyên trong tệp, nhưng không thể sửa ở đây</translation>
    </message>
    <message>
        <source>the %1 (%2) have an unreadable format number %3</source>
        <translation>không đọc được số định dạng %3 của %1 (%2)</translation>
    </message>
    <message>
        <source>the %1 (%2) were written by a newer CityPitch (format %3); this version keeps them unchanged but cannot show or change them. Update CityPitch</source>
        <translation>%1 (%2) được ghi bởi phiên bản CityPitch mới hơn (định dạng %3); phiên bản này giữ nguyên nhưng không thể hiển thị hay sửa chúng. Hãy cập nhật CityPitch</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged (%3); they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1 (%2) bị hỏng (%3); chúng được giữ nguyên trong tệp, nhưng không thể sửa ở đây</translation>
    </message>
    <message>
        <source>the %1 (%2) are nested too deeply to be read</source>
        <translation>%1 (%2) lồng nhau quá sâu nên không đọc được</translation>
    </message>
    <message>
        <source>the %1 would take %2 MB, more than a project file may hold in one part (%3 MB); nothing was changed</source>
        <translation>%1 sẽ chiếm %2 MB, vượt quá mức tối đa của một phần trong tệp dự án (%3 MB); chưa có gì bị thay đổi</translation>
    </message>
    <message>
        <source>the file would hold %1 parts, more than CityPitch reads back (%2); delete old versions that use images the draft no longer has, then try again</source>
        <translation>tệp sẽ chứa %1 phần, nhiều hơn số CityPitch đọc lại được (%2); hãy xóa các phiên bản cũ dùng những hình ảnh mà bản nháp không còn nữa, rồi thử lại</translation>
    </message>
    <message>
        <source>the saved versions are damaged (%1); the file keeps them unchanged, but this version cannot be opened</source>
        <translation>các phiên bản đã lưu bị hỏng (%1); tệp vẫn giữ nguyên chúng, nhưng không mở được phiên bản này</translation>
    </message>
    <message>
        <source>a version unpacks to more data than any proposal holds</source>
        <translation>có một phiên bản giải nén ra nhiều dữ liệu hơn bất kỳ đề xuất nào</translation>
    </message>
    <message>
        <source>a value is stored in a form this version does not know</source>
        <translation>có một giá trị được lưu ở dạng mà phiên bản này không biết</translation>
    </message>
    <message>
        <source>a reference is malformed</source>
        <translation>có một tham chiếu sai định dạng</translation>
    </message>
    <message>
        <source>part %1 is missing</source>
        <translation>thiếu phần %1</translation>
    </message>
    <message>
        <source>part %1 does not match its checksum</source>
        <translation>phần %1 không khớp với mã kiểm tra</translation>
    </message>
    <message>
        <source>part %1 is malformed</source>
        <translation>phần %1 sai định dạng</translation>
    </message>
    <message>
        <source>the contents of the saved versions are damaged (no object table)</source>
        <translation>nội dung của các phiên bản đã lưu bị hỏng (không có bảng đối tượng)</translation>
    </message>
    <message>
        <source>the file has no saved versions</source>
        <translation>tệp này không có phiên bản đã lưu nào</translation>
    </message>
    <message>
        <source>there is no version %1 (versions: %2)</source>
        <translation>không có phiên bản %1 (các phiên bản hiện có: %2)</translation>
    </message>
    <message>
        <source>no version is labelled %1 (see &apos;citypitch versions FILE&apos;)</source>
        <translation>không có phiên bản nào có nhãn %1 (xem &apos;citypitch versions FILE&apos;)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>a version needs a label, such as &apos;After workshop 2&apos;</source>
        <translation>phiên bản cần có nhãn, ví dụ &apos;Sau hội thảo 2&apos;</translation>
    </message>
    <message>
        <source>the label is too long (at most %1 characters)</source>
        <translation>nhãn quá dài (tối đa %1 ký tự)</translation>
    </message>
    <message>
        <source>a label cannot be only digits (numbers name versions by their number)</source>
        <translation>nhãn không được chỉ gồm chữ số (chữ số dùng để gọi phiên bản theo số thứ tự)</translation>
    </message>
    <message>
        <source>version %1 is already labelled %2; choose another label</source>
        <translation>phiên bản %1 đã có nhãn %2; hãy chọn nhãn khác</translation>
    </message>
    <message>
        <source>its parts are nested too deeply</source>
        <translation>các phần của nó lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>its top part is not a proposal</source>
        <translation>phần trên cùng của nó không phải là một đề xuất</translation>
    </message>
    <message>
        <source>version %1 cannot be opened: %2</source>
        <translation>không mở được phiên bản %1: %2</translation>
    </message>
    <message>
        <source>version %1 cannot be restored: the file no longer holds its images %2</source>
        <translation>không khôi phục được phiên bản %1: tệp không còn chứa các hình ảnh %2 của phiên bản đó</translation>
    </message>
    <message>
        <source>a session note needs notes or attendees</source>
        <translation>ghi chú buổi làm việc cần có nội dung hoặc người tham dự</translation>
    </message>
    <message>
        <source>the notes are too long (%1 characters; at most %2)</source>
        <translation>ghi chú quá dài (%1 ký tự; tối đa %2)</translation>
    </message>
    <message>
        <source>a sign-off needs the reviewer&apos;s name</source>
        <translation>phê duyệt cuối cùng cần có tên người phê duyệt</translation>
    </message>
    <message>
        <source>the sign-off record cannot be read (%1)</source>
        <translation>không đọc được hồ sơ phê duyệt cuối cùng (%1)</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>không được là số âm</translation>
    </message>
    <message>
        <source>must be more than %1 and at most %2</source>
        <translation>phải lớn hơn %1 và không vượt quá %2</translation>
    </message>
    <message>
        <source>must be a year between %1 and %2</source>
        <translation>phải là một năm trong khoảng %1 đến %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>phải nằm trong khoảng %1 đến %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>phải từ %1 trở lên</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>phải lớn hơn %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>không được lớn hơn %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>phải là số nguyên</translation>
    </message>
    <message>
        <source>must be a year (four digits)</source>
        <translation>phải là một năm (bốn chữ số)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>phải là một số</translation>
    </message>
    <message>
        <source>can have at most %1 decimal places</source>
        <translation>chỉ được có tối đa %1 chữ số thập phân</translation>
    </message>
    <message>
        <source>is too large: it must be between %1 and %2</source>
        <translation>quá lớn: phải nằm trong khoảng %1 đến %2</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>quá lớn</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>phải là một trong các giá trị: %1</translation>
    </message>
    <message>
        <source>is not one of the allowed choices</source>
        <translation>không thuộc các lựa chọn được phép</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>quá dài (tối đa %1 ký tự)</translation>
    </message>
    <message>
        <source>must be a colour written like #1A6B8C</source>
        <translation>phải là mã màu viết như #1A6B8C</translation>
    </message>
    <message>
        <source>has the wrong format</source>
        <translation>sai định dạng</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>phải là văn bản</translation>
    </message>
    <message>
        <source>contains a broken character (half of a UTF-16 pair): the text was damaged on the way; type that part again</source>
        <translation>chứa một ký tự bị hỏng (một nửa của cặp UTF-16): văn bản đã bị hỏng trong quá trình truyền; hãy gõ lại phần đó</translation>
    </message>
    <message>
        <source>contains a NUL character (a zero byte) at position %1, which text cannot hold: the file is damaged or not text there; remove it</source>
        <translation>chứa ký tự NUL (một byte 0) ở vị trí %1, là ký tự văn bản không thể chứa: tệp bị hỏng hoặc chỗ đó không phải văn bản; hãy xóa ký tự này</translation>
    </message>
    <message>
        <source>contains a broken character (half of a UTF-16 pair) at position %1: the text was damaged on the way; type that part again</source>
        <translation>chứa một ký tự bị hỏng (một nửa của cặp UTF-16) ở vị trí %1: văn bản đã bị hỏng trong quá trình truyền; hãy gõ lại phần đó</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>phải là có hoặc không</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>phải là ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a date and time written like 2026-11-30T10:00:00</source>
        <translation>phải là ngày giờ viết như 2026-11-30T10:00:00</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <source>must be a group of fields (an object)</source>
        <translation>phải là một nhóm trường (một đối tượng)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>is not a field CityPitch knows</source>
        <translation>không phải là trường mà CityPitch biết</translation>
    </message>
    <message>
        <source>is not valid (%1: %2)</source>
        <translation>không hợp lệ (%1: %2)</translation>
    </message>
    <message>
        <source>is not valid (%1)</source>
        <translation>không hợp lệ (%1)</translation>
    </message>
    <message>
        <source>%1 (got %2)</source>
        <translation>%1 (giá trị nhận được: %2)</translation>
    </message>
    <message>
        <source>%1; and 1 more problem</source>
        <translation>%1; và 1 lỗi khác</translation>
    </message>
    <message>
        <source>%1; and %2 more problems</source>
        <translation>%1; và %2 lỗi khác</translation>
    </message>
    <message>
        <source>the proposal&apos;s text</source>
        <translation>văn bản của đề xuất</translation>
    </message>
    <message>
        <source>the deck would have %1 slides; an export makes at most %2. %3 takes %4 of them: shorten it, or move part of it to a separate annex.</source>
        <translation>bộ slide sẽ có %1 trang; mỗi lần xuất tối đa %2 trang. %3 chiếm %4 trang trong số đó: hãy rút gọn, hoặc chuyển một phần sang phụ lục riêng.</translation>
    </message>
    <message>
        <source>%1 has %2 rows; an export takes at most %3. Keep the most important ones, or move the rest to a separate annex.</source>
        <translation>%1 có %2 hàng; mỗi lần xuất tối đa %3 hàng. Hãy giữ lại những hàng quan trọng nhất, hoặc chuyển phần còn lại sang phụ lục riêng.</translation>
    </message>
    <message>
        <source>the proposal holds %1 characters of text; an export takes at most %2. The largest part is %3 (%4 characters).</source>
        <translation>đề xuất có %1 ký tự văn bản; mỗi lần xuất tối đa %2 ký tự. Phần lớn nhất là %3 (%4 ký tự).</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>tệp PDF</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>sổ làm việc</translation>
    </message>
    <message>
        <source>the PowerPoint deck</source>
        <translation>bộ slide PowerPoint</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>dự án</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>bản ghi nhớ</translation>
    </message>
    <message>
        <source>the text file</source>
        <translation>tệp văn bản</translation>
    </message>
    <message>
        <source>the folder does not exist (%1); choose another place for %2</source>
        <translation>thư mục không tồn tại (%1); hãy chọn nơi khác để lưu %2</translation>
    </message>
    <message>
        <source>this is the project itself: writing %1 here would replace the proposal. Choose another file name</source>
        <translation>đây chính là tệp dự án: ghi %1 vào đây sẽ thay thế đề xuất. Hãy chọn tên tệp khác</translation>
    </message>
    <message>
        <source>this file holds a CityPitch project; writing %1 here would replace it. Choose another file name</source>
        <translation>tệp này chứa một dự án CityPitch; ghi %1 vào đây sẽ thay thế dự án đó. Hãy chọn tên tệp khác</translation>
    </message>
    <message>
        <source>this file holds a CityPitch project; writing %1 here would replace it (the old one would be kept as %2). Choose another file name</source>
        <translation>tệp này chứa một dự án CityPitch; ghi %1 vào đây sẽ thay thế dự án đó (bản cũ được giữ lại dưới tên %2). Hãy chọn tên tệp khác</translation>
    </message>
    <message>
        <source>a name ending in %1 is for CityPitch projects; %2 written here would replace or pass for a project. Choose another file name</source>
        <translation>tên kết thúc bằng %1 dành cho dự án CityPitch; %2 ghi vào đây sẽ thay thế một dự án hoặc bị nhầm là dự án. Hãy chọn tên tệp khác</translation>
    </message>
    <message>
        <source>this names a folder, not a file: choose a file name</source>
        <translation>đây là tên thư mục, không phải tên tệp: hãy chọn tên tệp</translation>
    </message>
    <message>
        <source>the path cannot be followed (%1)</source>
        <translation>không lần theo được đường dẫn này (%1)</translation>
    </message>
    <message>
        <source>the path is a loop of links that never reaches a file: nothing was written</source>
        <translation>đường dẫn này là một vòng liên kết không bao giờ dẫn tới tệp: không ghi gì cả</translation>
    </message>
    <message>
        <source>this is %1, not a file: CityPitch only replaces regular files, so nothing was written. Choose a file name</source>
        <translation>đây là %1, không phải tệp: CityPitch chỉ thay thế tệp thông thường, nên không ghi gì cả. Hãy chọn tên tệp</translation>
    </message>
    <message>
        <source>this is %1, not a file (the link leads to %2): CityPitch only replaces regular files, so nothing was written. Choose a file name</source>
        <translation>đây là %1, không phải tệp (liên kết dẫn tới %2): CityPitch chỉ thay thế tệp thông thường, nên không ghi gì cả. Hãy chọn tên tệp</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>một thư mục</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>một named pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>một socket</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>một thứ không phải tệp</translation>
    </message>
    <message>
        <source>the file could not be saved: %1. Nothing was changed on disk; choose another place to save it</source>
        <translation>không lưu được tệp: %1. Không có gì thay đổi trên đĩa; hãy chọn nơi khác để lưu</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>đĩa đã đầy</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>đã dùng hết hạn mức đĩa</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>thư mục chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền</translation>
    </message>
    <message>
        <source>the folder does not exist (was it moved or unplugged?)</source>
        <translation>thư mục không tồn tại (đã bị di chuyển hay rút ra?)</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>một phần của đường dẫn không phải thư mục</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>tên tệp quá dài</translation>
    </message>
    <message>
        <source>a folder is in the way</source>
        <translation>có một thư mục trùng tên ở đó</translation>
    </message>
    <message>
        <source>the path is a loop of links</source>
        <translation>đường dẫn là một vòng liên kết</translation>
    </message>
    <message>
        <source>the file and its folder are on different disks</source>
        <translation>tệp và thư mục của nó nằm trên các đĩa khác nhau</translation>
    </message>
    <message>
        <source>the financial case has no yearly lines within its period, so there is no model to export; enter the yearly capex, opex and revenue first</source>
        <translation>phương án tài chính không có dòng tiền hằng năm nào trong kỳ của nó, nên không có mô hình để xuất; hãy nhập trước chi phí đầu tư (capex), chi phí vận hành (opex) và doanh thu hằng năm</translation>
    </message>
    <message>
        <source>the image %1 %2</source>
        <translation>hình ảnh %1 %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>bị trống</translation>
    </message>
    <message>
        <source>is too large (%1 MB; the limit is %2 MB): save a smaller copy</source>
        <translation>quá lớn (%1 MB; giới hạn là %2 MB): hãy lưu một bản nhỏ hơn</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image (%1); save it as PNG or JPEG</source>
        <translation>không phải ảnh PNG hay JPEG (%1); hãy lưu dưới dạng PNG hoặc JPEG</translation>
    </message>
    <message>
        <source>it looks like SVG, which is not accepted</source>
        <translation>có vẻ là SVG, định dạng này không được chấp nhận</translation>
    </message>
    <message>
        <source>it looks like GIF</source>
        <translation>có vẻ là GIF</translation>
    </message>
    <message>
        <source>it looks like WebP</source>
        <translation>có vẻ là WebP</translation>
    </message>
    <message>
        <source>it looks like a PDF</source>
        <translation>có vẻ là một tệp PDF</translation>
    </message>
    <message>
        <source>it looks like TIFF</source>
        <translation>có vẻ là TIFF</translation>
    </message>
    <message>
        <source>it looks like BMP</source>
        <translation>có vẻ là BMP</translation>
    </message>
    <message>
        <source>the file type is not recognised</source>
        <translation>không nhận ra loại tệp</translation>
    </message>
    <message>
        <source>has no pixels (its header says width or height is 0): the file is damaged</source>
        <translation>không có điểm ảnh nào (phần đầu ghi chiều rộng hoặc chiều cao bằng 0): tệp bị hỏng</translation>
    </message>
    <message>
        <source>is too large (%1 x %2 pixels, %3 megapixels; the limit is %4 megapixels and %5 pixels a side): scale it down first</source>
        <translation>quá lớn (%1 x %2 điểm ảnh, %3 megapixel; giới hạn là %4 megapixel và %5 điểm ảnh mỗi cạnh): hãy thu nhỏ trước</translation>
    </message>
    <message>
        <source>is a truncated PNG (it ends before its last chunk): the file is damaged</source>
        <translation>là ảnh PNG bị cắt cụt (kết thúc trước chunk cuối cùng): tệp bị hỏng</translation>
    </message>
    <message>
        <source>is a truncated PNG (a chunk runs past the end of the file): the file is damaged</source>
        <translation>là ảnh PNG bị cắt cụt (một chunk vượt quá cuối tệp): tệp bị hỏng</translation>
    </message>
    <message>
        <source>is a damaged PNG (chunk %1 fails its checksum)</source>
        <translation>là ảnh PNG bị hỏng (chunk %1 sai tổng kiểm tra)</translation>
    </message>
    <message>
        <source>is a damaged PNG (it does not start with an image header)</source>
        <translation>là ảnh PNG bị hỏng (không bắt đầu bằng phần đầu ảnh)</translation>
    </message>
    <message>
        <source>is a damaged PNG (it holds no image data)</source>
        <translation>là ảnh PNG bị hỏng (không chứa dữ liệu ảnh)</translation>
    </message>
    <message>
        <source>is a damaged JPEG (a marker is missing where one must be)</source>
        <translation>là ảnh JPEG bị hỏng (thiếu một marker ở chỗ bắt buộc phải có)</translation>
    </message>
    <message>
        <source>is a truncated JPEG (a segment runs past the end of the file)</source>
        <translation>là ảnh JPEG bị cắt cụt (một đoạn vượt quá cuối tệp)</translation>
    </message>
    <message>
        <source>is a damaged JPEG (its frame header is too short)</source>
        <translation>là ảnh JPEG bị hỏng (phần đầu khung quá ngắn)</translation>
    </message>
    <message>
        <source>is a damaged JPEG (image data comes before the frame header)</source>
        <translation>là ảnh JPEG bị hỏng (dữ liệu ảnh nằm trước phần đầu khung)</translation>
    </message>
    <message>
        <source>is a truncated JPEG (the end-of-image marker is missing)</source>
        <translation>là ảnh JPEG bị cắt cụt (thiếu marker kết thúc ảnh)</translation>
    </message>
    <message>
        <source>is a truncated JPEG (it ends before its image data)</source>
        <translation>là ảnh JPEG bị cắt cụt (kết thúc trước dữ liệu ảnh)</translation>
    </message>
    <message>
        <source>is damaged: its pixels cannot be read (%1); export it again from the original, or use another image</source>
        <translation>bị hỏng: không đọc được điểm ảnh (%1); hãy xuất lại từ bản gốc hoặc dùng ảnh khác</translation>
    </message>
    <message>
        <source>is damaged: its compressed pixel data is cut short or fails its checksum; export it again from the original, or use another image</source>
        <translation>bị hỏng: dữ liệu điểm ảnh nén bị cắt cụt hoặc sai tổng kiểm tra; hãy xuất lại từ bản gốc hoặc dùng ảnh khác</translation>
    </message>
    <message>
        <source>is damaged: its header and its pixels disagree about its size</source>
        <translation>bị hỏng: phần đầu và điểm ảnh không khớp nhau về kích thước</translation>
    </message>
    <message>
        <source>is a truncated JPEG (its image data stops before the last rows and was closed early): export it again from the original, or use another image</source>
        <translation>là ảnh JPEG bị cắt cụt (dữ liệu ảnh dừng trước các hàng cuối và bị đóng sớm): hãy xuất lại từ bản gốc hoặc dùng ảnh khác</translation>
    </message>
    <message>
        <source>is named in the proposal (branding) but is not in the project; add it again or clear the field</source>
        <translation>được nêu trong đề xuất (nhận diện thương hiệu) nhưng không có trong dự án; hãy thêm lại hoặc xóa trường đó</translation>
    </message>
    <message>
        <source>the export process</source>
        <translation>tiến trình xuất</translation>
    </message>
    <message>
        <source>the render process</source>
        <translation>tiến trình kết xuất</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>quá trình xuất</translation>
    </message>
    <message>
        <source>the render</source>
        <translation>quá trình kết xuất</translation>
    </message>
    <message>
        <source>the export took longer than %1 seconds and was stopped; no file was written. Large images or very long texts are the usual cause</source>
        <translation>quá trình xuất kéo dài hơn %1 giây và đã bị dừng; không ghi gì cả. Nguyên nhân thường là ảnh lớn hoặc văn bản rất dài</translation>
    </message>
    <message>
        <source>the export needed more than %1 MB of memory and was stopped; no file was written. Smaller images usually help</source>
        <translation>quá trình xuất cần hơn %1 MB bộ nhớ và đã bị dừng; không ghi gì cả. Dùng ảnh nhỏ hơn thường sẽ giúp ích</translation>
    </message>
    <message>
        <source>the export stopped with an internal error (%1); no file was written</source>
        <translation>quá trình xuất dừng lại do lỗi nội bộ (%1); không ghi gì cả</translation>
    </message>
    <message>
        <source>%1 reported success but wrote no file; no file was written</source>
        <translation>%1 báo thành công nhưng không ghi tệp nào; không ghi gì cả</translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>không khởi động được %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was killed by the system, most likely because the computer ran out of memory; no file was written.</source>
        <translation>%1 đã bị hệ thống buộc dừng, nhiều khả năng vì máy tính hết bộ nhớ; không ghi gì cả.</translation>
    </message>
    <message>
        <source>%1 crashed (%2); no file was written.</source>
        <translation>%1 bị sập (%2); không ghi gì cả.</translation>
    </message>
    <message>
        <source>%1 ended unexpectedly (exit status %2); no file was written.</source>
        <translation>%1 kết thúc bất ngờ (mã thoát %2); không ghi gì cả.</translation>
    </message>
    <message>
        <source>%1 Last words: %2</source>
        <translation>%1 Thông báo cuối cùng: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>this is a folder, not a CityPitch file</source>
        <translation>đây là một thư mục, không phải tệp CityPitch</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp bị trống</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>tệp quá lớn (%1 MB; giới hạn là %2 MB)</translation>
    </message>
    <message>
        <source>permission denied: CityPitch may not read this file</source>
        <translation>không có quyền: CityPitch không được phép đọc tệp này</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>không đọc được tệp (%1)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (not a readable CityPitch archive)</source>
        <translation>tệp bị hỏng hoặc bị cắt cụt (không phải tệp lưu trữ CityPitch đọc được)</translation>
    </message>
    <message>
        <source>the archive has no %1: it is not a CityPitch project</source>
        <translation>tệp lưu trữ không có %1: đây không phải dự án CityPitch</translation>
    </message>
    <message>
        <source>the file is too large for a proposal (%1 MB at most)</source>
        <translation>tệp quá lớn đối với một đề xuất (tối đa %1 MB)</translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation>đề xuất</translation>
    </message>
    <message>
        <source>the proposal (%1)</source>
        <translation>đề xuất (%1)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: the file is damaged or not a CityPitch file</source>
        <translation>%1 không phải văn bản UTF-8: tệp bị hỏng hoặc không phải tệp CityPitch</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, not %2</source>
        <translation>%1 phải là một đối tượng JSON, không phải %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4)</source>
        <translation>%1 không phải JSON hợp lệ (dòng %2, cột %3: %4)</translation>
    </message>
    <message>
        <source>it was written by a newer version of CityPitch (schema %1; this version reads up to %2). Update CityPitch to open it</source>
        <translation>tệp này được tạo bởi phiên bản CityPitch mới hơn (lược đồ %1; phiên bản này chỉ đọc đến %2). Hãy cập nhật CityPitch để mở</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose a date from the calendar (%1)</source>
        <translation>Chọn ngày trên lịch (%1)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Arrow keys move by day and week, Page Up and Page Down by month; Enter takes the date, Escape closes</source>
        <translation>Phím mũi tên chuyển theo ngày và tuần, Page Up và Page Down theo tháng; Enter chọn ngày, Escape để đóng</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>this proposal is open read-only: %1</source>
        <extracomment>Why the document may not be edited (another editor holds the file, a newer schema), or None.</extracomment>
        <translation>đề xuất này đang mở ở chế độ chỉ đọc: %1</translation>
    </message>
</context>
<context>
    <name>EconomyPage</name>
    <message>
        <source>Economic engine</source>
        <translation>Động lực kinh tế</translation>
    </message>
    <message>
        <source>The conditions that let businesses invest and grow, and how far the project has been studied.</source>
        <translation>Những điều kiện giúp doanh nghiệp đầu tư và phát triển, và dự án đã được nghiên cứu đến đâu.</translation>
    </message>
    <message>
        <source>Growth conditions</source>
        <translation>Điều kiện tăng trưởng</translation>
    </message>
    <message>
        <source>&amp;Conditions for business</source>
        <translation>Điều kiện &amp;cho doanh nghiệp</translation>
    </message>
    <message>
        <source>Conditions for business</source>
        <translation>Điều kiện cho doanh nghiệp</translation>
    </message>
    <message>
        <source>En&amp;abling infrastructure</source>
        <translation>Hạ tầng hỗ trợ (&amp;A)</translation>
    </message>
    <message>
        <source>Enabling infrastructure</source>
        <translation>Hạ tầng hỗ trợ</translation>
    </message>
    <message>
        <source>&amp;Regulation and enabling law</source>
        <translation>Quy định và cơ sở pháp lý (&amp;R)</translation>
    </message>
    <message>
        <source>Regulation and enabling law</source>
        <translation>Quy định và cơ sở pháp lý</translation>
    </message>
    <message>
        <source>&amp;Market access and demand</source>
        <translation>Tiếp cận thị trường và nhu cầu (&amp;M)</translation>
    </message>
    <message>
        <source>Market access and demand</source>
        <translation>Tiếp cận thị trường và nhu cầu</translation>
    </message>
    <message>
        <source>Reven&amp;ue model</source>
        <translation>Mô hình doanh th&amp;u</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>Mô hình doanh thu</translation>
    </message>
    <message>
        <source>&amp;Direct jobs</source>
        <translation>Việc làm trực tiếp (&amp;D)</translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation>Việc làm trực tiếp</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>số nguyên</translation>
    </message>
    <message>
        <source>&amp;Indirect jobs</source>
        <translation>V&amp;iệc làm gián tiếp</translation>
    </message>
    <message>
        <source>Indirect jobs</source>
        <translation>Việc làm gián tiếp</translation>
    </message>
    <message>
        <source>&amp;Scalability and replication</source>
        <translation>Khả năng mở rộng và nhân rộng (&amp;S)</translation>
    </message>
    <message>
        <source>Scalability and replication</source>
        <translation>Khả năng mở rộng và nhân rộng</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Tính khả thi</translation>
    </message>
    <message>
        <source>Feasibi&amp;lity study status</source>
        <translation>Tình trạng nghiên cứu khả thi (&amp;L)</translation>
    </message>
    <message>
        <source>Feasibility study status</source>
        <translation>Tình trạng nghiên cứu khả thi</translation>
    </message>
    <message>
        <source>S&amp;tudy prepared by</source>
        <translation>Đơn vị lập nghiên cứu (&amp;T)</translation>
    </message>
    <message>
        <source>Study prepared by</source>
        <translation>Đơn vị lập nghiên cứu</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Năm nghiên cứu</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>ví dụ 2030</translation>
    </message>
    <message>
        <source>&amp;Options considered</source>
        <translation>Các phương án đã xem xét (&amp;O)</translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation>Các phương án đã xem xét</translation>
    </message>
    <message>
        <source>Technical &amp;justification</source>
        <translation>Luận chứng kỹ thuật (&amp;J)</translation>
    </message>
    <message>
        <source>Technical justification</source>
        <translation>Luận chứng kỹ thuật</translation>
    </message>
    <message>
        <source>Demand forecast</source>
        <translation>Dự báo nhu cầu</translation>
    </message>
    <message>
        <source>Demand forecast &amp;prepared by</source>
        <translation>Đơn vị lậ&amp;p dự báo nhu cầu</translation>
    </message>
    <message>
        <source>Demand forecast prepared by</source>
        <translation>Đơn vị lập dự báo nhu cầu</translation>
    </message>
    <message>
        <source>Forecast prepared independently</source>
        <translation>Dự báo do bên độc lập lập</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Đất đai</translation>
    </message>
    <message>
        <source>Environmental cate&amp;gory</source>
        <translation>Hạn&amp;g mục môi trường</translation>
    </message>
    <message>
        <source>Environmental category</source>
        <translation>Hạng mục môi trường</translation>
    </message>
    <message>
        <source>Environmental impact assessment</source>
        <translation>Đánh giá tác động môi trường (ĐTM)</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>Not yet valid: %1</source>
        <extracomment>Calendar key named in messages and tooltips: opens the date picker of a date field or cell. How a refused value is introduced, at the field and in the table cells.</extracomment>
        <translation>Chưa hợp lệ: %1</translation>
    </message>
    <message>
        <source>a year of four digits, like 2030</source>
        <translation>năm gồm bốn chữ số, ví dụ 2030</translation>
    </message>
    <message>
        <source>a whole number, like %1 or 350000</source>
        <translation>số nguyên, ví dụ %1 hoặc 350000</translation>
    </message>
    <message>
        <source>a number, like %1 or %2</source>
        <translation>số, ví dụ %1 hoặc %2</translation>
    </message>
    <message>
        <source>a number, like %1 or %2 (or 1,250,000.50)</source>
        <translation>số, ví dụ %1 hoặc %2 (hoặc 1,250,000.50)</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, like 2026-03-31, or picked from the calendar (%1)</source>
        <translation>ngày viết theo dạng YYYY-MM-DD, ví dụ 2026-03-31, hoặc chọn trên lịch (%1)</translation>
    </message>
    <message>
        <source>one of the choices in the list</source>
        <translation>một trong các lựa chọn trong danh sách</translation>
    </message>
    <message>
        <source>a year (four digits)</source>
        <translation>năm (bốn chữ số)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>số nguyên</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>must be %1: %2</source>
        <translation>phải là %1: %2</translation>
    </message>
    <message>
        <source>must be %1, written like %2 (got &apos;%3&apos;)</source>
        <translation>phải là %1, viết như %2 (đã nhập “%3”)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, like %1, or picked from the calendar (%2) (got &apos;%3&apos;)</source>
        <translation>phải là ngày viết theo dạng YYYY-MM-DD, ví dụ %1, hoặc chọn trên lịch (%2) (đã nhập “%3”)</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Pitch deck (16:9 slides to present)</source>
        <extracomment>An export option&apos;s name in the Export step (the command line and the exports keep wizard.export&apos;s English).</extracomment>
        <translation>Bộ slide trình bày (slide 16:9 để thuyết trình)</translation>
    </message>
    <message>
        <source>Leave-behind document (A4, the full proposal to read)</source>
        <translation>Tài liệu tóm tắt (A4, toàn bộ đề xuất để đọc)</translation>
    </message>
    <message>
        <source>Readiness report (A4, for the city team: not for investors)</source>
        <translation>Báo cáo mức độ sẵn sàng đầu tư (A4, cho nhóm của thành phố: không dành cho nhà đầu tư)</translation>
    </message>
    <message>
        <source>Editable slides (PowerPoint 16:9: the pitch deck&apos;s slides, to polish with the client)</source>
        <translation>Slide chỉnh sửa được (PowerPoint 16:9: các slide của bộ slide trình bày, để hoàn thiện cùng khách hàng)</translation>
    </message>
    <message>
        <source>Financial model (Excel workbook with live formulas)</source>
        <translation>Mô hình tài chính (sổ làm việc Excel có công thức tính trực tiếp)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>English with Japanese</source>
        <translation>Tiếng Anh kèm tiếng Nhật</translation>
    </message>
    <message>
        <source>Standard PDF</source>
        <translation>PDF tiêu chuẩn</translation>
    </message>
    <message>
        <source>Accessible: PDF/UA-1 (tagged for screen readers)</source>
        <translation>Hỗ trợ tiếp cận: PDF/UA-1 (gắn thẻ cho trình đọc màn hình)</translation>
    </message>
    <message>
        <source>Archival: PDF/A-3b (for records kept for years)</source>
        <translation>Lưu trữ: PDF/A-3b (cho hồ sơ lưu giữ nhiều năm)</translation>
    </message>
    <message>
        <source>Pitch deck</source>
        <translation>Bộ slide trình bày</translation>
    </message>
    <message>
        <source>16:9 slides to present.</source>
        <translation>Slide 16:9 để thuyết trình.</translation>
    </message>
    <message>
        <source>Leave-behind document</source>
        <translation>Tài liệu tóm tắt</translation>
    </message>
    <message>
        <source>A4, the full proposal to read.</source>
        <translation>A4, toàn bộ đề xuất để đọc.</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>Báo cáo mức độ sẵn sàng đầu tư</translation>
    </message>
    <message>
        <source>A4, for the city team: not for investors.</source>
        <translation>A4, cho nhóm của thành phố: không dành cho nhà đầu tư.</translation>
    </message>
    <message>
        <source>Editable slides (PowerPoint)</source>
        <translation>Slide chỉnh sửa được (PowerPoint)</translation>
    </message>
    <message>
        <source>16:9, the pitch deck&apos;s slides, to polish with the client.</source>
        <translation>16:9: các slide của bộ slide trình bày, để hoàn thiện cùng khách hàng.</translation>
    </message>
    <message>
        <source>Financial model (Excel)</source>
        <translation>Mô hình tài chính (Excel)</translation>
    </message>
    <message>
        <source>An Excel workbook with live formulas.</source>
        <translation>Sổ làm việc Excel có công thức tính trực tiếp.</translation>
    </message>
    <message>
        <source>Accessible: PDF/UA-1</source>
        <translation>Hỗ trợ tiếp cận: PDF/UA-1</translation>
    </message>
    <message>
        <source>Tagged for screen readers.</source>
        <translation>Gắn thẻ cho trình đọc màn hình.</translation>
    </message>
    <message>
        <source>Archival: PDF/A-3b</source>
        <translation>Lưu trữ: PDF/A-3b</translation>
    </message>
    <message>
        <source>For records kept for years.</source>
        <translation>Cho hồ sơ lưu giữ nhiều năm.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>See every slide as investors will, choose how to export, and write the PDF. The look of the deck (colour, logo, photos) is set at the bottom of this step.</source>
        <translation>Xem từng slide như nhà đầu tư sẽ thấy, chọn cách xuất và tạo tệp PDF. Giao diện của bộ slide trình bày (màu sắc, logo, ảnh) được thiết lập ở cuối bước này.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>Xem trước slide</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>Định dạng x&amp;uất</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Định dạng xuất</translation>
    </message>
    <message>
        <source>Label lan&amp;guage</source>
        <translation>N&amp;gôn ngữ nhãn</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>Ngôn ngữ nhãn</translation>
    </message>
    <message>
        <source>DRAFT mark</source>
        <translation>Dấu DRAFT</translation>
    </message>
    <message>
        <source>&amp;Mark every slide DRAFT while blockers remain</source>
        <translation>Đóng dấu DRAFT trên &amp;mọi slide khi còn vấn đề nghiêm trọng</translation>
    </message>
    <message>
        <source>PDF varian&amp;t</source>
        <translation>Loại PDF (&amp;T)</translation>
    </message>
    <message>
        <source>PDF variant</source>
        <translation>Loại PDF</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>Lưu vào (&amp;S)</translation>
    </message>
    <message>
        <source>Save the PDF to</source>
        <translation>Lưu tệp PDF vào</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Duyệt (&amp;W)...</translation>
    </message>
    <message>
        <source>E&amp;xport PDF</source>
        <translation>&amp;Xuất PDF</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Hủy xuất (&amp;C)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Mở P&amp;DF</translation>
    </message>
    <message>
        <source>Deck look</source>
        <translation>Giao diện bộ slide</translation>
    </message>
    <message>
        <source>&amp;Accent colour</source>
        <translation>Màu nhấn (&amp;A)</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Màu nhấn</translation>
    </message>
    <message>
        <source>L&amp;ogo</source>
        <translation>L&amp;ogo</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG with the button below</source>
        <translation>Chọn tệp PNG hoặc JPEG bằng nút bên dưới</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo...</source>
        <translation>Chọn &amp;logo...</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>Xóa logo (&amp;R)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Add &amp;photo...</source>
        <translation>Thêm ảnh (&amp;P)...</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <extracomment>The file name ending and the file dialog&apos;s filter of each kind of output.</extracomment>
        <translation>Sổ làm việc Excel</translation>
    </message>
    <message>
        <source>A workbook has no slide preview. The Excel file holds the financial model: inputs, yearly lines, debt schedules, DSCR, equity flows, NPV and IRR and the scenarios, as live formulas an investor can change.</source>
        <extracomment>What the preview area says while a format without slides is chosen.</extracomment>
        <translation>Sổ làm việc không có bản xem trước slide. Tệp Excel chứa mô hình tài chính: dữ liệu đầu vào, các dòng hằng năm, lịch trả nợ, hệ số khả năng trả nợ (DSCR), dòng tiền vốn chủ sở hữu, giá trị hiện tại ròng (NPV), tỷ suất hoàn vốn nội bộ (IRR) và các kịch bản, dưới dạng công thức động mà nhà đầu tư có thể thay đổi.</translation>
    </message>
    <message>
        <source>E&amp;xport the workbook</source>
        <extracomment>The writer of each format that is not a PDF (called on a worker thread with a frozen proposal). What the child process runs for an export (tests may substitute a target; see wizard.export.isolation). A workbook being written in the background (the data formats do not run in a child process). The destination was suggested by us (beside the project file) rather than chosen by the user.</extracomment>
        <translation>Xuất sổ làm việc (&amp;X)</translation>
    </message>
    <message>
        <source>E&amp;xport PowerPoint</source>
        <translation>Xuất PowerPoint (&amp;X)</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Sổ làm việc</translation>
    </message>
    <message>
        <source>Open sprea&amp;dsheet</source>
        <translation>Mở bảng tính (&amp;D)</translation>
    </message>
    <message>
        <source>Open the &amp;deck</source>
        <translation>Mở bộ slide trình bày (&amp;D)</translation>
    </message>
    <message>
        <source>the slide preview is not available</source>
        <translation>không có bản xem trước slide</translation>
    </message>
    <message>
        <source>the wizard cannot write the format &apos;%1&apos; yet; use citypitch export</source>
        <translation>trình hướng dẫn chưa ghi được định dạng “%1”; hãy dùng citypitch export</translation>
    </message>
    <message>
        <source>The workbook carries no DRAFT mark: it holds the financial model only.</source>
        <translation>Sổ làm việc không mang dấu DRAFT: tệp chỉ chứa mô hình tài chính.</translation>
    </message>
    <message>
        <source>A PDF export would be marked DRAFT because %1 (see the Review step).</source>
        <translation>Bản xuất PDF sẽ mang dấu DRAFT vì %1 (xem bước Rà soát).</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet: %1.</source>
        <translation>Chưa thể tạo PDF: %1.</translation>
    </message>
    <message>
        <source>Export the workbook to</source>
        <translation>Xuất sổ làm việc tới</translation>
    </message>
    <message>
        <source>Export the PowerPoint deck to</source>
        <translation>Xuất bộ slide trình bày PowerPoint tới</translation>
    </message>
    <message>
        <source>Export the PDF to</source>
        <translation>Xuất PDF tới</translation>
    </message>
    <message>
        <source>Added logo %1.</source>
        <translation>Đã thêm logo %1.</translation>
    </message>
    <message>
        <source>Added photo %1.</source>
        <translation>Đã thêm ảnh %1.</translation>
    </message>
    <message>
        <source>choose where to save the workbook first (Save to)</source>
        <translation>hãy chọn nơi lưu sổ làm việc trước (Lưu vào)</translation>
    </message>
    <message>
        <source>choose where to save the PDF first (Save to)</source>
        <translation>hãy chọn nơi lưu PDF trước (Lưu vào)</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Đang xuất tới %1...</translation>
    </message>
    <message>
        <source>Writing the workbook to %1...</source>
        <translation>Đang ghi sổ làm việc vào %1...</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>không ghi được sổ làm việc: %1</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>Đang hủy xuất...</translation>
    </message>
    <message>
        <source>There is no exported file to open yet.</source>
        <translation>Chưa có tệp đã xuất để mở.</translation>
    </message>
    <message>
        <source>No program to open workbooks was found on this computer; the file is %1</source>
        <translation>Không tìm thấy chương trình mở sổ làm việc trên máy này; tệp nằm ở %1</translation>
    </message>
    <message>
        <source>No program to open PDFs was found on this computer; the file is %1</source>
        <translation>Không tìm thấy chương trình mở PDF trên máy này; tệp nằm ở %1</translation>
    </message>
    <message>
        <source>The export did not start: %1</source>
        <translation>Chưa bắt đầu xuất: %1</translation>
    </message>
    <message>
        <source>Exporting: %1...</source>
        <translation>Đang xuất: %1...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Xuất không thành công: %1</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written, and any earlier PDF there is unchanged.</source>
        <translation>Đã hủy xuất: không ghi gì cả, PDF có sẵn ở đó vẫn giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>An export is already running.</source>
        <translation>Một lượt xuất đang chạy.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Đề xuất này đang mở ở chế độ chỉ đọc: %1</translation>
    </message>
    <message>
        <source>Cannot read the image</source>
        <translation>Không đọc được hình ảnh</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: hình ảnh trống</translation>
    </message>
    <message>
        <source>%1: the image is larger than %2 MB</source>
        <translation>%1: hình ảnh lớn hơn %2 MB</translation>
    </message>
    <message>
        <source>Cannot use the image</source>
        <translation>Không dùng được hình ảnh này</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contacts</source>
        <translation>Đầu mối liên hệ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Headline targets</source>
        <translation>Các mục tiêu chính</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Giá trị mục tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Năm mục tiêu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Year of the data</source>
        <translation>Năm của dữ liệu</translation>
    </message>
    <message>
        <source>Reference (link or document)</source>
        <translation>Tham chiếu (liên kết hoặc tài liệu)</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Chỉ số hiệu quả chính (KPI)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Giá trị cơ sở</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Năm của giá trị cơ sở</translation>
    </message>
    <message>
        <source>Baseline source</source>
        <translation>Nguồn giá trị cơ sở</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>Dòng tiền hằng năm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Chi phí đầu tư</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>Chi phí vận hành</translation>
    </message>
    <message>
        <source>User fees</source>
        <translation>Phí người dùng</translation>
    </message>
    <message>
        <source>Availability payments</source>
        <translation>Thanh toán theo mức độ sẵn sàng dịch vụ</translation>
    </message>
    <message>
        <source>Land value capture</source>
        <translation>Thu hồi giá trị đất</translation>
    </message>
    <message>
        <source>Energy savings</source>
        <translation>Tiết kiệm năng lượng</translation>
    </message>
    <message>
        <source>Data services</source>
        <translation>Dịch vụ dữ liệu</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Quảng cáo</translation>
    </message>
    <message>
        <source>Other revenue</source>
        <translation>Doanh thu khác</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bên cấp vốn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Công cụ</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Japanese investor</source>
        <translation>Nhà đầu tư Nhật Bản</translation>
    </message>
    <message>
        <source>Loan currency</source>
        <translation>Đồng tiền khoản vay</translation>
    </message>
    <message>
        <source>Interest rate (% a year)</source>
        <translation>Lãi suất (%/năm)</translation>
    </message>
    <message>
        <source>Tenor (years)</source>
        <translation>Thời hạn vay (năm)</translation>
    </message>
    <message>
        <source>Grace period (years)</source>
        <translation>Thời gian ân hạn (năm)</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Cách trả nợ</translation>
    </message>
    <message>
        <source>Upfront fee (%)</source>
        <translation>Phí trả trước (%)</translation>
    </message>
    <message>
        <source>Shareholding (%)</source>
        <translation>Tỷ lệ sở hữu (%)</translation>
    </message>
    <message>
        <source>Investor type</source>
        <translation>Loại nhà đầu tư</translation>
    </message>
    <message>
        <source>The ask to Japanese investors</source>
        <translation>Khoản vốn đề nghị nhà đầu tư Nhật Bản</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Đề nghị với</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>What it assumes</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <source>Capex change (%)</source>
        <translation>Thay đổi capex (%)</translation>
    </message>
    <message>
        <source>Opex change (%)</source>
        <translation>Thay đổi opex (%)</translation>
    </message>
    <message>
        <source>Revenue change (%)</source>
        <translation>Thay đổi doanh thu (%)</translation>
    </message>
    <message>
        <source>Delay (years)</source>
        <translation>Chậm trễ (năm)</translation>
    </message>
    <message>
        <source>Interest rate change (points)</source>
        <translation>Thay đổi lãi suất (điểm)</translation>
    </message>
    <message>
        <source>Local currency depreciation (% a year)</source>
        <translation>Mất giá đồng nội tệ (%/năm)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Rủi ro</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rủi ro</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Khả năng xảy ra (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Mức tác động (1-5)</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Biện pháp giảm thiểu</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Bên chịu rủi ro</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Các giai đoạn</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Light or heavy</source>
        <translation>Nhẹ hay nặng</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Năm bắt đầu</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Năm kết thúc</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Depends on (phase names, comma-separated)</source>
        <translation>Phụ thuộc vào giai đoạn (tách bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Các mốc tiến độ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mốc</translation>
    </message>
    <message>
        <source>What is delivered</source>
        <translation>Sản phẩm bàn giao</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Loại bước</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Nguồn ảnh</translation>
    </message>
    <message>
        <source>Acknowledged warnings</source>
        <translation>Cảnh báo đã giải trình</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Ô nhập</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Lý do giải trình</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Người giải trình</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Ngày giải trình</translation>
    </message>
    <message>
        <source>Slide titles written by the team</source>
        <translation>Tiêu đề slide do nhóm viết</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Trang chiếu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Untitled proposal</source>
        <extracomment>What the title shows instead of the file name (a sample, a plain JSON file), or None.</extracomment>
        <translation>Đề xuất chưa đặt tên</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (chỉ đọc)</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Đã mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>a new proposal</source>
        <translation>đề xuất mới</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <source>%1. It is shown read-only so that nothing this version does not know is lost; open it with the newer CityPitch to edit it.</source>
        <translation>%1. Tệp được hiển thị ở chế độ chỉ đọc để không mất nội dung mà phiên bản này chưa hiểu; hãy mở bằng CityPitch mới hơn để chỉnh sửa.</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Không mở được tệp này</translation>
    </message>
    <message>
        <source>%1 You can read it here, or use Save As to work on a copy.</source>
        <translation>%1 Bạn có thể đọc tại đây, hoặc dùng Lưu thành để làm việc trên một bản sao.</translation>
    </message>
    <message>
        <source>an untitled proposal</source>
        <translation>một đề xuất chưa đặt tên</translation>
    </message>
    <message>
        <source>Recovered %1; save it to keep it</source>
        <translation>Đã khôi phục %1; hãy lưu để giữ lại</translation>
    </message>
    <message>
        <source>Cannot open this sample</source>
        <translation>Không mở được mẫu này</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (mẫu)</translation>
    </message>
    <message>
        <source>This proposal cannot be saved here</source>
        <translation>Không thể lưu đề xuất này tại đây</translation>
    </message>
    <message>
        <source>It was written by a newer CityPitch; saving it with this version would lose what this version does not know. Open it with the newer CityPitch to change it.</source>
        <translation>Tệp này được tạo bằng CityPitch mới hơn; lưu bằng phiên bản này sẽ làm mất nội dung mà phiên bản này chưa hiểu. Hãy mở bằng CityPitch mới hơn để thay đổi.</translation>
    </message>
    <message>
        <source>The proposal was not saved</source>
        <translation>Đề xuất chưa được lưu</translation>
    </message>
    <message>
        <source>%1

Choose another name with Save As.</source>
        <translation>%1

Hãy chọn tên khác bằng Lưu thành.</translation>
    </message>
    <message>
        <source>%1

Your edits are still open: try Save As in another folder.</source>
        <translation>%1

Nội dung bạn sửa vẫn còn nguyên: hãy thử Lưu thành vào thư mục khác.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Financial case</source>
        <translation>Phương án tài chính</translation>
    </message>
    <message>
        <source>Yearly numbers in, the figures investors expect out.</source>
        <translation>Nhập số liệu từng năm, nhận các chỉ số nhà đầu tư cần.</translation>
    </message>
    <message>
        <source>Currency and rates</source>
        <translation>Tiền tệ và tỷ giá</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>Tiền tệ (&amp;C)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>&amp;Local currency per 1 USD</source>
        <translation>Nội tệ trên 1 USD (&amp;L)</translation>
    </message>
    <message>
        <source>Local currency per 1 USD</source>
        <translation>Nội tệ trên 1 USD</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>L&amp;ocal currency per 1 JPY</source>
        <translation>Nội tệ trên 1 JPY (&amp;O)</translation>
    </message>
    <message>
        <source>Local currency per 1 JPY</source>
        <translation>Nội tệ trên 1 JPY</translation>
    </message>
    <message>
        <source>E&amp;xchange rates taken on</source>
        <translation>Ngày lấy tỷ giá (&amp;X)</translation>
    </message>
    <message>
        <source>Exchange rates taken on</source>
        <translation>Ngày lấy tỷ giá</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>B&amp;ase year</source>
        <translation>Năm cơ sở (&amp;A)</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Năm cơ sở</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>ví dụ 2030</translation>
    </message>
    <message>
        <source>Ho&amp;rizon (years)</source>
        <translation>Thời gian phân tích (năm) (&amp;R)</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>Thời gian phân tích (năm)</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>ví dụ 25</translation>
    </message>
    <message>
        <source>&amp;Discount rate (%)</source>
        <translation>Tỷ suất chiết khấu (%) (&amp;D)</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Tỷ suất chiết khấu (%)</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>Dòng tiền hằng năm</translation>
    </message>
    <message>
        <source>Operation, concession, terminal value</source>
        <translation>Vận hành, nhượng quyền và giá trị cuối kỳ</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chỉ số chính</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <source>Bring the yearly lines in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>Nhập các dòng hằng năm từ tệp .xlsx hoặc .csv: bạn kiểm tra các cột và từng ô trước khi có gì thay đổi</translation>
    </message>
    <message>
        <source>Import yearly lines from a spreadsheet...</source>
        <translation>Nhập các dòng hằng năm từ bảng tính...</translation>
    </message>
    <message>
        <source>Import from a spreadsheet...</source>
        <translation>Nhập từ bảng tính...</translation>
    </message>
    <message>
        <source>Bring the funding sources in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>Nhập nguồn vốn từ tệp .xlsx hoặc .csv: bạn kiểm tra các cột và từng ô trước khi có gì thay đổi</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet...</source>
        <translation>Nhập nguồn vốn từ bảng tính...</translation>
    </message>
    <message>
        <source>Co&amp;mmercial operation starts (year)</source>
        <translation>Nă&amp;m bắt đầu vận hành thương mại</translation>
    </message>
    <message>
        <source>Commercial operation starts (year)</source>
        <translation>Năm bắt đầu vận hành thương mại</translation>
    </message>
    <message>
        <source>e.g. 2031</source>
        <translation>ví dụ 2031</translation>
    </message>
    <message>
        <source>Conce&amp;ssion or asset life ends (year)</source>
        <translation>Năm kết thúc nhượng quyền hoặc vòng đời tài &amp;sản</translation>
    </message>
    <message>
        <source>Concession or asset life ends (year)</source>
        <translation>Năm kết thúc nhượng quyền hoặc vòng đời tài sản</translation>
    </message>
    <message>
        <source>e.g. 2052</source>
        <translation>ví dụ 2052</translation>
    </message>
    <message>
        <source>&amp;Terminal value method</source>
        <translation>Phương pháp &amp;tính giá trị cuối kỳ</translation>
    </message>
    <message>
        <source>Terminal value method</source>
        <translation>Phương pháp tính giá trị cuối kỳ</translation>
    </message>
    <message>
        <source>Terminal gro&amp;wth (% a year)</source>
        <translation>Tăng trưởng cuối kỳ (%/năm) (&amp;W)</translation>
    </message>
    <message>
        <source>Terminal growth (% a year)</source>
        <translation>Tăng trưởng cuối kỳ (%/năm)</translation>
    </message>
    <message>
        <source>Exit multi&amp;ple (x EBITDA)</source>
        <translation>Hệ số thoái vốn (x EBITDA) (&amp;P)</translation>
    </message>
    <message>
        <source>Exit multiple (x EBITDA)</source>
        <translation>Hệ số thoái vốn (x EBITDA)</translation>
    </message>
    <message>
        <source>Tax, returns and the lenders&apos; view</source>
        <translation>Thuế, lợi nhuận và góc nhìn của bên cho vay</translation>
    </message>
    <message>
        <source>Prof&amp;it tax rate (%)</source>
        <translation>Thuế suất thuế thu nhập doanh ngh&amp;iệp (%)</translation>
    </message>
    <message>
        <source>Profit tax rate (%)</source>
        <translation>Thuế suất thuế thu nhập doanh nghiệp (%)</translation>
    </message>
    <message>
        <source>Depreciation period (&amp;years)</source>
        <translation>Thời gian khấu hao (năm) (&amp;Y)</translation>
    </message>
    <message>
        <source>Depreciation period (years)</source>
        <translation>Thời gian khấu hao (năm)</translation>
    </message>
    <message>
        <source>e.g. 20</source>
        <translation>ví dụ 20</translation>
    </message>
    <message>
        <source>Cost of e&amp;quity (%)</source>
        <translation>Chi phí vốn chủ sở hữu (%) (&amp;Q)</translation>
    </message>
    <message>
        <source>Cost of equity (%)</source>
        <translation>Chi phí vốn chủ sở hữu (%)</translation>
    </message>
    <message>
        <source>Lenders&apos; minimum DSCR (x)</source>
        <translation>DSCR tối thiểu bên cho vay yêu cầu (lần)</translation>
    </message>
    <message>
        <source>e.g. 1.30</source>
        <translation>ví dụ 1.30</translation>
    </message>
    <message>
        <source>Development costs</source>
        <translation>Chi phí phát triển dự án</translation>
    </message>
    <message>
        <source>Reserve accounts funded at financial close</source>
        <translation>Tài khoản dự phòng được cấp vốn khi hoàn tất thu xếp tài chính</translation>
    </message>
    <message>
        <source>Local currency depreciation a&amp;gainst the loan currency (% a year)</source>
        <translation>Mức mất &amp;giá của nội tệ so với đồng tiền vay (%/năm)</translation>
    </message>
    <message>
        <source>Local currency depreciation against the loan currency (% a year)</source>
        <translation>Mức mất giá của nội tệ so với đồng tiền vay (%/năm)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>The ask to Japanese investors</source>
        <translation>Khoản vốn đề nghị nhà đầu tư Nhật Bản</translation>
    </message>
    <message>
        <source>&amp;Use of the funds asked for</source>
        <translation>Mục đích sử dụng vốn đề nghị (&amp;U)</translation>
    </message>
    <message>
        <source>Use of the funds asked for</source>
        <translation>Mục đích sử dụng vốn đề nghị</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <source>&amp;Key assumptions</source>
        <translation>Các giả định chính (&amp;K)</translation>
    </message>
    <message>
        <source>Key assumptions</source>
        <translation>Các giả định chính</translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <source>Figure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>What breaks the case</source>
        <translation>Điều gì làm phương án đổ vỡ</translation>
    </message>
    <message>
        <source>Break-even values: where the NPV reaches zero</source>
        <translation>Giá trị hòa vốn: điểm NPV bằng không</translation>
    </message>
    <message>
        <source>Cash flows by year</source>
        <translation>Dòng tiền theo năm</translation>
    </message>
    <message>
        <source>Debt cover by year</source>
        <translation>Khả năng trả nợ theo năm</translation>
    </message>
    <message>
        <source>What moves the NPV most</source>
        <translation>Yếu tố tác động mạnh nhất đến NPV</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>Kịch bản đang hiển thị</translation>
    </message>
    <message>
        <source>Scenario shown:</source>
        <translation>Kịch bản đang hiển thị:</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>Các kịch bản đặt cạnh nhau</translation>
    </message>
    <message>
        <source>Add named scenarios (a low and a high case, and your own) in the Scenarios table below to see them here beside the base case.</source>
        <translation>Thêm các kịch bản có tên (phương án thấp, phương án cao và của riêng bạn) vào bảng Kịch bản bên dưới để xem chúng tại đây bên cạnh phương án cơ sở.</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Nguồn vốn và sử dụng vốn</translation>
    </message>
    <message>
        <source>Sources and uses of funds</source>
        <translation>Nguồn vốn và sử dụng vốn</translation>
    </message>
    <message>
        <source>...and %1 more (see the Review page).</source>
        <translation>...và %1 mục khác (xem bước Rà soát).</translation>
    </message>
    <message>
        <source>Bars by year. Totals: capex %1, opex %2, revenue %3.</source>
        <translation>Cột theo năm. Tổng: chi phí đầu tư (capex) %1, chi phí vận hành (opex) %2, doanh thu %3.</translation>
    </message>
    <message>
        <source>Where the case fails</source>
        <translation>Điểm phương án không đạt</translation>
    </message>
    <message>
        <source>Where the case holds</source>
        <translation>Điểm phương án vẫn đứng vững</translation>
    </message>
    <message>
        <source>Break-even (NPV = 0)</source>
        <translation>Hòa vốn (NPV = 0)</translation>
    </message>
    <message>
        <source>Without terminal value</source>
        <translation>Không tính giá trị cuối kỳ</translation>
    </message>
    <message>
        <source>With terminal value</source>
        <translation>Có tính giá trị cuối kỳ</translation>
    </message>
    <message>
        <source>%1 (NPV negative)</source>
        <translation>%1 (NPV âm)</translation>
    </message>
    <message>
        <source>Figures of the %1</source>
        <translation>Số liệu của %1</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Sử dụng</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Tổng sử dụng</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>Tổng nguồn</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Khoản mục</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ trọng</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Doanh thu</translation>
    </message>
    <message>
        <source>Capex, opex and revenue by year</source>
        <extracomment>Bars that meet the lenders&apos; minimum, and those below it (a darker red, and hatched: not by colour alone). Tornado bars: the driver 20% lower, and 20% higher. Height in lines of text.</extracomment>
        <translation>Chi phí đầu tư (capex), chi phí vận hành (opex) và doanh thu theo năm</translation>
    </message>
    <message>
        <source>Add yearly cash flows to see the chart</source>
        <translation>Thêm dòng tiền theo năm để xem biểu đồ</translation>
    </message>
    <message>
        <source>Debt service cover ratio (DSCR) by year</source>
        <translation>Hệ số khả năng trả nợ (DSCR) theo năm</translation>
    </message>
    <message>
        <source>No debt service from the start of operation, so no cover ratio to show.</source>
        <translation>Không có khoản trả nợ nào từ khi bắt đầu vận hành, nên không có hệ số để hiển thị.</translation>
    </message>
    <message>
        <source>Enter the loans&apos; terms (interest rate and tenor) to see the debt cover by year</source>
        <translation>Nhập điều kiện khoản vay (lãi suất và thời hạn vay) để xem khả năng trả nợ theo năm</translation>
    </message>
    <message>
        <source>below the lenders&apos; minimum (%1)</source>
        <translation>dưới mức tối thiểu của bên cho vay (%1)</translation>
    </message>
    <message>
        <source>Sensitivity tornado: NPV with each driver 20% lower or higher</source>
        <translation>Phân tích độ nhạy (biểu đồ lốc xoáy): NPV khi từng yếu tố thấp hơn hoặc cao hơn 20%</translation>
    </message>
    <message>
        <source>Enter yearly cash flows and the discount rate to see what moves the NPV most.</source>
        <translation>Nhập dòng tiền theo năm và tỷ suất chiết khấu để xem yếu tố tác động mạnh nhất đến NPV.</translation>
    </message>
    <message>
        <source>Enter yearly cash flows and the discount rate to see what moves the NPV most</source>
        <translation>Nhập dòng tiền theo năm và tỷ suất chiết khấu để xem yếu tố tác động mạnh nhất đến NPV</translation>
    </message>
    <message>
        <source>driver 20% lower</source>
        <translation>yếu tố thấp hơn 20%</translation>
    </message>
    <message>
        <source>driver 20% higher</source>
        <translation>yếu tố cao hơn 20%</translation>
    </message>
    <message>
        <source>no effect on the NPV</source>
        <translation>không ảnh hưởng đến NPV</translation>
    </message>
    <message>
        <source>%1 as entered: %2</source>
        <translation>%1 như đã nhập: %2</translation>
    </message>
</context>
<context>
    <name>ImplementationPage</name>
    <message>
        <source>Implementation</source>
        <translation>Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Who delivers it, how it is governed and bought, and when each part is done.</source>
        <translation>Ai thực hiện, quản trị và mua sắm thế nào, và khi nào từng phần hoàn thành.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Triển khai</translation>
    </message>
    <message>
        <source>&amp;Implementing agency</source>
        <translation>Cơ quan thực h&amp;iện</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>Quản trị (&amp;G)</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>&amp;Procurement route</source>
        <translation>Hình thức lựa chọn nhà đầu tư, nhà thầu (&amp;P)</translation>
    </message>
    <message>
        <source>Procurement route</source>
        <translation>Hình thức lựa chọn nhà đầu tư, nhà thầu</translation>
    </message>
    <message>
        <source>&amp;Monitoring and reporting</source>
        <translation>Giá&amp;m sát và báo cáo</translation>
    </message>
    <message>
        <source>Monitoring and reporting</source>
        <translation>Giám sát và báo cáo</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Các mốc tiến độ</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 yearly line</source>
        <extracomment>What each kind of import brings in: the table it fills, and how a count of its rows is said (one, many).</extracomment>
        <translation>%1 dòng hằng năm</translation>
    </message>
    <message>
        <source>%1 yearly lines</source>
        <translation>%1 dòng hằng năm</translation>
    </message>
    <message>
        <source>%1 funding source</source>
        <translation>%1 nguồn vốn</translation>
    </message>
    <message>
        <source>%1 funding sources</source>
        <translation>%1 nguồn vốn</translation>
    </message>
    <message>
        <source>Import yearly lines from a spreadsheet</source>
        <extracomment>The file dialog&apos;s title for each kind.</extracomment>
        <translation>Nhập các dòng hằng năm từ bảng tính</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet</source>
        <translation>Nhập các nguồn vốn từ bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <extracomment>The file dialog&apos;s filter: each kind&apos;s name (translated when shown) and its patterns (never translated: Qt reads them between ASCII brackets).</extracomment>
        <translation>Bảng tính</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Sổ làm việc Excel</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <source>(not brought in)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Import yearly lines from %1</source>
        <extracomment>At most this many rows are shown in the preview table (all of them come in; the count says so). The proposal&apos;s number locale (QWidget.locale() is Qt&apos;s own).</extracomment>
        <translation>Nhập các dòng hằng năm từ %1</translation>
    </message>
    <message>
        <source>Import funding sources from %1</source>
        <translation>Nhập các nguồn vốn từ %1</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <extracomment>Field name -&gt; its title, in the model&apos;s order.</extracomment>
        <translation>Các cột của tệp và ô nhập mà chúng điền vào</translation>
    </message>
    <message>
        <source>(column %1 has no heading)</source>
        <translation>(cột %1 không có tiêu đề)</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Ô nhập cho cột %1</translation>
    </message>
    <message>
        <source>Rows as they will come in</source>
        <translation>Các hàng sẽ được nhập</translation>
    </message>
    <message>
        <source>Where the rows go</source>
        <translation>Các hàng sẽ được đưa vào đâu</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 now in the proposal</source>
        <translation>Thay thế %1 hiện có trong đề xuất (&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd them after the rows now in the proposal</source>
        <translation>Thêm vào sau các hàng hiện có trong đề xuất (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Nhập (&amp;I)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns (%3): leave out all but one</source>
        <translation>%1 được chọn cho %2 cột (%3): chỉ giữ lại một cột</translation>
    </message>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1, trang tính “%2”</translation>
    </message>
    <message>
        <source>one row per year</source>
        <translation>mỗi năm một hàng</translation>
    </message>
    <message>
        <source>one row per source</source>
        <translation>mỗi nguồn một hàng</translation>
    </message>
    <message>
        <source>years across, one row per line</source>
        <translation>các năm theo chiều ngang, mỗi dòng một hàng</translation>
    </message>
    <message>
        <source>%1: %2. Choose the field each column fills; nothing changes in the proposal until you press Import.</source>
        <translation>%1: %2. Hãy chọn ô nhập mà mỗi cột điền vào; đề xuất không thay đổi cho đến khi bạn nhấn Nhập.</translation>
    </message>
    <message>
        <source>Left out (no field chosen): %1.</source>
        <translation>Bỏ qua (chưa chọn ô nhập): %1.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>hàng %1</translation>
    </message>
    <message>
        <source>%1 of the file can be read (the first %2 shown); nothing comes in until the cells named below are corrected:</source>
        <translation>Đọc được %1 của tệp (hiển thị %2 hàng đầu); chưa nhập gì cho đến khi các ô nêu dưới đây được sửa:</translation>
    </message>
    <message>
        <source>%1 of the file can be read; nothing comes in until the cells named below are corrected:</source>
        <translation>Đọc được %1 của tệp; chưa nhập gì cho đến khi các ô nêu dưới đây được sửa:</translation>
    </message>
    <message>
        <source>%1 will come in (the first %2 shown):</source>
        <translation>Sẽ nhập %1 (hiển thị %2 hàng đầu):</translation>
    </message>
    <message>
        <source>%1 will come in:</source>
        <translation>Sẽ nhập %1:</translation>
    </message>
    <message>
        <source>• %1.</source>
        <translation>• %1.</translation>
    </message>
    <message>
        <source>%1 cell must be corrected in the file (or another field chosen for its column) before anything can come in:</source>
        <translation>Cần sửa %1 ô trong tệp (hoặc chọn ô nhập khác cho cột của ô đó) trước khi có thể nhập:</translation>
    </message>
    <message>
        <source>%1 cells must be corrected in the file (or another field chosen for their column) before anything can come in:</source>
        <translation>Cần sửa %1 ô trong tệp (hoặc chọn ô nhập khác cho các cột của chúng) trước khi có thể nhập:</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>Nhập %1 (&amp;I)</translation>
    </message>
    <message>
        <source>No row of the file holds anything for the chosen fields.</source>
        <translation>Không có hàng nào của tệp chứa giá trị cho các ô nhập đã chọn.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Đề xuất này đang mở ở chế độ chỉ đọc: %1</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Đang đọc %1...</translation>
    </message>
    <message>
        <source>%1 was not brought in.</source>
        <translation>%1 chưa được nhập.</translation>
    </message>
    <message>
        <source>The spreadsheet was not brought in</source>
        <translation>Bảng tính chưa được nhập</translation>
    </message>
    <message>
        <source>%1 Nothing in the proposal was changed.</source>
        <translation>%1 Đề xuất không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Nothing was brought in.</source>
        <translation>Không có gì được nhập.</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Nhập %1 từ %2</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>Thêm %1 từ %2</translation>
    </message>
    <message>
        <source>Brought in %1 from %2, replacing %3. Edit &gt; Undo takes the import back.</source>
        <translation>Đã nhập %1 từ %2, thay thế %3. Sửa &gt; Hoàn tác sẽ hủy lần nhập này.</translation>
    </message>
    <message>
        <source>Brought in %1 from %2. Edit &gt; Undo takes the import back.</source>
        <translation>Đã nhập %1 từ %2. Sửa &gt; Hoàn tác sẽ hủy lần nhập này.</translation>
    </message>
</context>
<context>
    <name>JapanPage</name>
    <message>
        <source>Japanese value-add</source>
        <translation>Giá trị gia tăng từ Nhật Bản</translation>
    </message>
    <message>
        <source>What Japanese partners bring beyond money, and how the project fits their rules.</source>
        <translation>Đối tác Nhật Bản mang lại gì ngoài vốn, và dự án phù hợp với quy định của họ ra sao.</translation>
    </message>
    <message>
        <source>What Japan brings</source>
        <translation>Những gì Nhật Bản mang lại</translation>
    </message>
    <message>
        <source>&amp;Japanese technologies sought</source>
        <translation>Công nghệ Nhật Bản cần có (&amp;J)</translation>
    </message>
    <message>
        <source>Japanese technologies sought</source>
        <translation>Công nghệ Nhật Bản cần có</translation>
    </message>
    <message>
        <source>&amp;Operational expertise sought</source>
        <translation>Kinh nghiệm vận hành cần có (&amp;O)</translation>
    </message>
    <message>
        <source>Operational expertise sought</source>
        <translation>Kinh nghiệm vận hành cần có</translation>
    </message>
    <message>
        <source>&amp;Role offered to the investor beyond capital</source>
        <translation>Vai t&amp;rò dành cho nhà đầu tư ngoài vốn</translation>
    </message>
    <message>
        <source>Role offered to the investor beyond capital</source>
        <translation>Vai trò dành cho nhà đầu tư ngoài vốn</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Fit with Japanese programmes</source>
        <translation>Mức phù hợp với các chương trình của Nhật Bản</translation>
    </message>
    <message>
        <source>F&amp;it with JOIN</source>
        <translation>Mức phù hợp vớ&amp;i JOIN</translation>
    </message>
    <message>
        <source>Fit with JOIN</source>
        <translation>Mức phù hợp với JOIN</translation>
    </message>
    <message>
        <source>Fi&amp;t with JBIC</source>
        <translation>Mức phù hợp với JBIC (&amp;T)</translation>
    </message>
    <message>
        <source>Fit with JBIC</source>
        <translation>Mức phù hợp với JBIC</translation>
    </message>
    <message>
        <source>Fit &amp;with Smart JAMP</source>
        <translation>Mức phù hợp với Smart JAMP (&amp;W)</translation>
    </message>
    <message>
        <source>Fit with Smart JAMP</source>
        <translation>Mức phù hợp với Smart JAMP</translation>
    </message>
    <message>
        <source>Environ&amp;mental aims</source>
        <translation>&amp;Mục tiêu môi trường</translation>
    </message>
    <message>
        <source>Environmental aims</source>
        <translation>Mục tiêu môi trường</translation>
    </message>
    <message>
        <source>&amp;GHG reduction (tCO2e a year)</source>
        <translation>&amp;Giảm phát thải khí nhà kính (tCO2e/năm)</translation>
    </message>
    <message>
        <source>GHG reduction (tCO2e a year)</source>
        <translation>Giảm phát thải khí nhà kính (tCO2e/năm)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>Environment&amp;al and social considerations</source>
        <translation>Các vấn đề môi trường và xã hội (&amp;A)</translation>
    </message>
    <message>
        <source>Environmental and social considerations</source>
        <translation>Các vấn đề môi trường và xã hội</translation>
    </message>
    <message>
        <source>Structure and exit</source>
        <translation>Cơ cấu và thoái vốn</translation>
    </message>
    <message>
        <source>&amp;Project structure</source>
        <translation>Cơ cấu dự án (&amp;P)</translation>
    </message>
    <message>
        <source>Project structure</source>
        <translation>Cơ cấu dự án</translation>
    </message>
    <message>
        <source>&amp;Structure and shareholders</source>
        <translation>Cơ cấu và cổ đông (&amp;S)</translation>
    </message>
    <message>
        <source>Structure and shareholders</source>
        <translation>Cơ cấu và cổ đông</translation>
    </message>
    <message>
        <source>Management str&amp;ucture</source>
        <translation>Cơ cấ&amp;u quản lý</translation>
    </message>
    <message>
        <source>Management structure</source>
        <translation>Cơ cấu quản lý</translation>
    </message>
    <message>
        <source>How the investment is re&amp;covered</source>
        <translation>&amp;Cách thu hồi vốn đầu tư</translation>
    </message>
    <message>
        <source>How the investment is recovered</source>
        <translation>Cách thu hồi vốn đầu tư</translation>
    </message>
    <message>
        <source>E&amp;xit strategy</source>
        <translation>Chiến lược thoái vốn (&amp;X)</translation>
    </message>
    <message>
        <source>Exit strategy</source>
        <translation>Chiến lược thoái vốn</translation>
    </message>
    <message>
        <source>Exit discussed with the parties in advance</source>
        <translation>Đã trao đổi trước về thoái vốn với các bên</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Write why this warning is acceptable for this proposal; an empty answer cannot be recorded.</source>
        <translation>Hãy viết lý do giải trình vì sao cảnh báo này chấp nhận được với đề xuất này; câu trả lời trống không được ghi nhận.</translation>
    </message>
    <message>
        <source>Acknowledge a warning</source>
        <translation>Giải trình cảnh báo</translation>
    </message>
    <message>
        <source>&amp;Why is this acceptable for this proposal?</source>
        <translation>Vì sao điều này chấp nhận được với đề xuất này? (&amp;W)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Lý do giải trình</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Languages of your text</source>
        <translation>Ngôn ngữ của văn bản</translation>
    </message>
    <message>
        <source>None: everything is in English</source>
        <translation>Không có: mọi nội dung đều bằng tiếng Anh</translation>
    </message>
    <message>
        <source>&amp;Your local language</source>
        <translation>Ngôn ngữ địa phương (&amp;Y)</translation>
    </message>
    <message>
        <source>Fields written in the local language</source>
        <translation>Các ô nhập viết bằng ngôn ngữ địa phương</translation>
    </message>
    <message>
        <source>Written &amp;in it</source>
        <translation>Viết bằng ngôn ngữ đó (&amp;I)</translation>
    </message>
    <message>
        <source>%1 (%2, told by its script)</source>
        <translation>%1 (%2, nhận biết qua chữ viết)</translation>
    </message>
    <message>
        <source>Choose the language some of your text is written in, then tick those fields: the PDF marks them so a screen reader reads them in that language.</source>
        <translation>Chọn ngôn ngữ mà một phần văn bản của bạn được viết, rồi đánh dấu các ô nhập đó: tệp PDF sẽ ghi nhận để trình đọc màn hình đọc chúng bằng ngôn ngữ đó.</translation>
    </message>
    <message>
        <source>Tick the fields written in %1. Thai, Khmer, Lao, Burmese, Japanese and Vietnamese with its marks are recognised from their letters; Indonesian, Malay, Filipino and Tetum look like English to a program and need the tick.</source>
        <translation>Đánh dấu các ô nhập viết bằng ngôn ngữ này (%1). Tiếng Thái, Khmer, Lào, Myanmar, Nhật và tiếng Việt có dấu được nhận biết qua chữ viết; tiếng Indonesia, Mã Lai, Philippines và Tetum trông giống tiếng Anh đối với chương trình nên cần được đánh dấu.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Tab and Shift+Tab move across cells and on to the next row (Tab in the last cell adds a row); Enter moves down; typing replaces a cell, F2 edits it; Delete clears it. Insert adds a row, Ctrl+Delete removes one, Ctrl+Up and Ctrl+Down move it; Ctrl+V pastes rows copied from a spreadsheet. Ctrl+Tab leaves the table.</source>
        <extracomment>The colour of a note about the table: that of the notes beside fields (wizard.gui.steps.binder). What the table&apos;s keys do, for its tooltip and screen readers.</extracomment>
        <translation>Tab và Shift+Tab di chuyển giữa các ô và sang hàng kế tiếp (Tab ở ô cuối cùng sẽ thêm hàng); Enter đi xuống; gõ phím sẽ thay nội dung ô, F2 để sửa; Delete để xóa. Insert thêm hàng, Ctrl+Delete xóa hàng, Ctrl+Up và Ctrl+Down di chuyển hàng; Ctrl+V dán các hàng chép từ bảng tính. Ctrl+Tab để rời bảng.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Thêm hàng</translation>
    </message>
    <message>
        <source>Add a row after the current one and start typing in its first cell (Insert)</source>
        <translation>Thêm một hàng sau hàng hiện tại và bắt đầu gõ vào ô đầu tiên (Insert)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xóa hàng</translation>
    </message>
    <message>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Xóa hàng hiện tại (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>Chuyển hàng hiện tại lên trên (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>Chuyển hàng hiện tại xuống dưới (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Dán hàng</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet, from the first column: added after the last row or replacing rows from the selected one, after a preview (Ctrl+V)</source>
        <translation>Dán các hàng chép từ bảng tính, bắt đầu từ cột đầu tiên: thêm sau hàng cuối hoặc thay các hàng từ hàng đang chọn, sau khi xem trước (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Thêm hàng vào %1</translation>
    </message>
    <message>
        <source>Remove the current row of %1</source>
        <translation>Xóa hàng hiện tại của %1</translation>
    </message>
    <message>
        <source>Move the current row up in %1</source>
        <translation>Chuyển hàng hiện tại lên trong %1</translation>
    </message>
    <message>
        <source>Move the current row down in %1</source>
        <translation>Chuyển hàng hiện tại xuống trong %1</translation>
    </message>
    <message>
        <source>Paste rows into %1</source>
        <translation>Dán hàng vào %1</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Đề xuất này đang mở ở chế độ chỉ đọc: %1</translation>
    </message>
    <message>
        <source>Row %1 removed (Ctrl+Z brings it back).</source>
        <translation>Đã xóa hàng %1 (Ctrl+Z để lấy lại).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Xóa nội dung %1</translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation>Dán vào %1</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>Bảng tạm không có hàng nào để dán.</translation>
    </message>
    <message>
        <source>The pasted rows are already in the table as they are: nothing changed.</source>
        <translation>Các hàng dán vào đã có sẵn trong bảng y như vậy: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Paste 1 row into %2</source>
        <translation>Dán 1 hàng vào %2</translation>
    </message>
    <message>
        <source>Paste %1 rows into %2</source>
        <translation>Dán %1 hàng vào %2</translation>
    </message>
    <message>
        <source>Pasted 1 row into row %1 (Ctrl+Z takes the paste back).</source>
        <translation>Đã dán 1 hàng vào hàng %1 (Ctrl+Z để hoàn tác lần dán).</translation>
    </message>
    <message>
        <source>Pasted %1 rows into rows %2 to %3 (Ctrl+Z takes the paste back).</source>
        <translation>Đã dán %1 hàng vào các hàng %2 đến %3 (Ctrl+Z để hoàn tác lần dán).</translation>
    </message>
    <message>
        <source>1 filled cell past the last column (%2) left out.</source>
        <translation>Bỏ qua 1 ô có dữ liệu nằm sau cột cuối (%2).</translation>
    </message>
    <message>
        <source>%1 filled cells past the last column (%2) left out.</source>
        <translation>Bỏ qua %1 ô có dữ liệu nằm sau cột cuối (%2).</translation>
    </message>
    <message>
        <source>1 cell left out:</source>
        <translation>Bỏ qua 1 ô:</translation>
    </message>
    <message>
        <source>%1 cells left out:</source>
        <translation>Bỏ qua %1 ô:</translation>
    </message>
    <message>
        <source>1 cell not yet valid (shown in red; the proposal keeps its last valid value until corrected):</source>
        <translation>1 ô chưa hợp lệ (hiện màu đỏ; đề xuất giữ giá trị hợp lệ gần nhất cho đến khi được sửa):</translation>
    </message>
    <message>
        <source>%1 cells not yet valid (shown in red; the proposal keeps their last valid value until corrected):</source>
        <translation>%1 ô chưa hợp lệ (hiện màu đỏ; đề xuất giữ giá trị hợp lệ gần nhất cho đến khi được sửa):</translation>
    </message>
    <message>
        <source>set by the Add photo button</source>
        <extracomment>Columns filled by a picker rather than typed: the image a photo row shows comes from &quot;Add photo&quot;.</extracomment>
        <translation>được đặt bằng nút Thêm ảnh</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Hàng %1, %2: %3</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>không nhập trực tiếp</translation>
    </message>
    <message>
        <source>%1 in row %2 of %3</source>
        <extracomment>The set of refused cells changed (one added, fixed, or moved with its row). Text the model refused, by (row, column): shown instead of the model value, in red. The row objects as last shown, so that refused cells follow their rows. Marks beside row numbers (row -&gt; what they say), e.g. open comments on the row.</extracomment>
        <translation>%1 ở hàng %2 của %3</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>another window of this CityPitch</source>
        <translation>một cửa sổ khác của CityPitch này</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>một chương trình</translation>
    </message>
    <message>
        <source>%1 (process %2) on this computer</source>
        <translation>%1 (tiến trình %2) trên máy tính này</translation>
    </message>
    <message>
        <source>%1 (process %2) on the computer &apos;%3&apos;</source>
        <translation>%1 (tiến trình %2) trên máy tính “%3”</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>A lock file that names no one is trusted as &quot;being written right now&quot; for this long (seconds).</extracomment>
        <translation>một chương trình khác</translation>
    </message>
    <message>
        <source>%1 is open in %2. It is shown here read-only so that no one&apos;s changes are overwritten: use Save As to keep your own copy.</source>
        <translation>%1 đang được mở trong %2. Tệp được hiển thị ở chế độ chỉ đọc để không ghi đè thay đổi của ai: hãy dùng Lưu thành để giữ một bản sao của riêng bạn.</translation>
    </message>
    <message>
        <source>If that computer crashed and the file is not open anywhere, delete the lock file %1 and open the proposal again.</source>
        <translation>Nếu máy tính đó bị sập và tệp không còn mở ở đâu, hãy xóa tệp khóa %1 rồi mở lại đề xuất.</translation>
    </message>
    <message>
        <source>no permission to write in that folder</source>
        <translation>không có quyền ghi vào thư mục đó</translation>
    </message>
    <message>
        <source>the lock file could not be made</source>
        <translation>không tạo được tệp khóa</translation>
    </message>
    <message>
        <source>CityPitch could not mark %1 as open (%2); another window could open it at the same time.</source>
        <translation>CityPitch không thể đánh dấu %1 là đang mở (%2); một cửa sổ khác có thể mở tệp này cùng lúc.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The readiness checks could not run: %1</source>
        <extracomment>View &gt; Language&apos;s entries: each language in its own name, with a key (a Latin letter in brackets where the name has none, as Japanese menus write it).</extracomment>
        <translation>Không chạy được các bước kiểm tra mức độ sẵn sàng đầu tư: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu không thành công: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệp (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Mới (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Mở (&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lưu (&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Lưu thành (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>Xuất PDF (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import yearly lines...</source>
        <translation>Nhập các dòng hằng năm (&amp;I)...</translation>
    </message>
    <message>
        <source>Import &amp;funding sources...</source>
        <translation>Nhập các nguồn vốn (&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Thoát (&amp;Q)</translation>
    </message>
    <message>
        <source>Open sam&amp;ple</source>
        <translation>Mở mẫu (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>Gần đây (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Sửa (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Xem (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Chế độ trình chiếu (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Guidance panel</source>
        <translation>Bảng hướng dẫn (&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;revious step</source>
        <translation>Bước trước (&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Bước tiếp theo (&amp;X)</translation>
    </message>
    <message>
        <source>Next pa&amp;ne</source>
        <translation>Vùng tiếp theo (&amp;N)</translation>
    </message>
    <message>
        <source>Previous pan&amp;e</source>
        <translation>Vùng trước (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ngôn ngữ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Theo hệ thống (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ giúp (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CityPitch</source>
        <translation>Giới thiệu CityPitch (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>Hoàn tác %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Hoàn tác (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Làm lại %1 (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Làm lại (&amp;R)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Not started</source>
        <extracomment>Badge colours by step state. The Review step&apos;s badge shows the readiness band with the mark of the matching step state. What each mark means, for the legend under the steps (and for screen readers). (English marked for translation in the context &quot;Navigation&quot;; shown through :func:`translate`.)
----------
The step states&apos; names (the core&apos;s STATE_LABELS), for the interface.</extracomment>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>In progress: warnings open or fields to fill in</source>
        <translation>Đang thực hiện: còn cảnh báo chưa xử lý hoặc ô chưa điền</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Gần sẵn sàng</translation>
    </message>
    <message>
        <source>Complete: nothing open but tips or answered warnings</source>
        <translation>Hoàn thành: chỉ còn gợi ý hoặc cảnh báo đã giải trình</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Has problems: a deal-breaker, a value not accepted, or a contradiction between fields</source>
        <translation>Có vấn đề: có vấn đề nghiêm trọng, giá trị không được chấp nhận hoặc mâu thuẫn giữa các ô</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Chưa sẵn sàng</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Có vấn đề</translation>
    </message>
    <message>
        <source>%1 (on Review: %2)</source>
        <translation>%1 (ở bước Rà soát: %2)</translation>
    </message>
    <message>
        <source>What the step marks mean</source>
        <extracomment>The widgets a page&apos;s &quot;first field&quot; may be: inputs, never a button or a label.</extracomment>
        <translation>Ý nghĩa các dấu ở từng bước</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>Ý nghĩa các dấu</translation>
    </message>
    <message>
        <source>Guidance</source>
        <extracomment>Steps not shown since the proposal on screen was opened: they start from the top, first field focused. A step whose page is not built yet (the window is hidden) and should take the focus when it is.</extracomment>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Quay lại (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Tiếp theo (&amp;N)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Bước %1/%2: %3</translation>
    </message>
    <message>
        <source>%1: %2; open: %3</source>
        <translation>%1: %2; còn mở: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 filled): %5</source>
        <translation>%1: %2 (đã điền %3/%4): %5</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The row a replacing paste starts at (the current row), or None when only appending is offered. Non-empty cells beyond the last column (left out). (pasted row, column) -&gt; reason, for the cells that do not fit.</extracomment>
        <translation>Hàng %1, %2: %3</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>hàng %1</translation>
    </message>
    <message>
        <source>rows %1 to %2</source>
        <translation>các hàng %1 đến %2</translation>
    </message>
    <message>
        <source>%1, added after the last row</source>
        <translation>%1, thêm sau hàng cuối</translation>
    </message>
    <message>
        <source>%1, replacing 1 row</source>
        <translation>%1, thay 1 hàng</translation>
    </message>
    <message>
        <source>%1, replacing %2 rows</source>
        <translation>%1, thay %2 hàng</translation>
    </message>
    <message>
        <source>%1 and adding %2</source>
        <translation>%1 và thêm %2</translation>
    </message>
    <message>
        <source>Paste 1 row into %2</source>
        <translation>Dán 1 hàng vào %2</translation>
    </message>
    <message>
        <source>Paste %1 rows into %2</source>
        <translation>Dán %1 hàng vào %2</translation>
    </message>
    <message>
        <source>1 row from the clipboard, from the first column (%2).</source>
        <translation>1 hàng từ bảng tạm, bắt đầu từ cột đầu tiên (%2).</translation>
    </message>
    <message>
        <source>%1 rows from the clipboard, from the first column (%2).</source>
        <translation>%1 hàng từ bảng tạm, bắt đầu từ cột đầu tiên (%2).</translation>
    </message>
    <message>
        <source>The first line repeats the column headings and is left out.</source>
        <translation>Dòng đầu lặp lại tiêu đề cột nên được bỏ qua.</translation>
    </message>
    <message>
        <source>1 filled cell past the last column (%2) is left out.</source>
        <translation>Bỏ qua 1 ô có dữ liệu nằm sau cột cuối (%2).</translation>
    </message>
    <message>
        <source>%1 filled cells past the last column (%2) are left out.</source>
        <translation>Bỏ qua %1 ô có dữ liệu nằm sau cột cuối (%2).</translation>
    </message>
    <message>
        <source>Where the rows go</source>
        <translation>Vị trí dán</translation>
    </message>
    <message>
        <source>&amp;Add them after the last row</source>
        <translation>Thêm sau hàng cuối (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace rows, starting at row %1 (the selected row)</source>
        <translation>Thay các hàng, bắt đầu từ hàng %1 (hàng đang chọn) (&amp;R)</translation>
    </message>
    <message>
        <source>Rows as they will be pasted</source>
        <translation>Các hàng như sẽ được dán</translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation>Không hợp lệ: %1</translation>
    </message>
    <message>
        <source>&amp;Paste 1 row</source>
        <translation>Dán 1 hàng (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste %1 rows</source>
        <translation>Dán %1 hàng (&amp;P)</translation>
    </message>
    <message>
        <source>They become %1.</source>
        <translation>Các hàng sẽ thành %1.</translation>
    </message>
    <message>
        <source>%1 (replaces)</source>
        <translation>%1 (thay)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (mới)</translation>
    </message>
    <message>
        <source>1 cell does not fit its column. Pasted, it stays in red and is not saved until corrected:</source>
        <translation>1 ô không hợp với cột của nó. Khi dán, ô đó hiện màu đỏ và không được lưu cho đến khi sửa:</translation>
    </message>
    <message>
        <source>%1 cells do not fit their column. Pasted, they stay in red and are not saved until corrected:</source>
        <translation>%1 ô không hợp với cột của chúng. Khi dán, các ô đó hiện màu đỏ và không được lưu cho đến khi sửa:</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>%1 (type two letters for suggestions)</source>
        <extracomment>How many places the list offers at once. Fewer characters than this offer nothing (one letter matches hundreds of places).</extracomment>
        <translation>%1 (gõ hai chữ cái để xem gợi ý)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 people</source>
        <translation>%1 — %2, %3 · %4 người</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 people</source>
        <translation>%1 — %2 · %3 người</translation>
    </message>
    <message>
        <source>Choose %1 from the list of places</source>
        <translation>Chọn %1 từ danh sách địa danh</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>One specific challenge, measured, with the people it affects named.</source>
        <translation>Một thách thức cụ thể, có số đo, nêu rõ những người bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Vấn đề cần giải quyết</translation>
    </message>
    <message>
        <source>&amp;Problem category</source>
        <translation>Loại vấn đề (&amp;P)</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>Loại vấn đề</translation>
    </message>
    <message>
        <source>P&amp;roblem in one line</source>
        <translation>Vấn đề t&amp;rong một dòng</translation>
    </message>
    <message>
        <source>Problem in one line</source>
        <translation>Vấn đề trong một dòng</translation>
    </message>
    <message>
        <source>Pr&amp;oblem statement</source>
        <translation>Mô tả vấn đề (&amp;O)</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Mô tả vấn đề</translation>
    </message>
    <message>
        <source>Peop&amp;le affected</source>
        <translation>Số người bị ảnh hưởng (&amp;L)</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Số người bị ảnh hưởng</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>số nguyên</translation>
    </message>
    <message>
        <source>&amp;Who is affected</source>
        <translation>Ai bị ảnh hưởng (&amp;W)</translation>
    </message>
    <message>
        <source>Who is affected</source>
        <translation>Ai bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Roo&amp;t causes</source>
        <translation>Nguyên nhân gốc rễ (&amp;T)</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Nguyên nhân gốc rễ</translation>
    </message>
    <message>
        <source>Wh&amp;y now</source>
        <translation>Vì sao là lúc nà&amp;y</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Vì sao là lúc này</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>&amp;Community needs</source>
        <translation>Nhu &amp;cầu của cộng đồng</translation>
    </message>
    <message>
        <source>Community needs</source>
        <translation>Nhu cầu của cộng đồng</translation>
    </message>
    <message>
        <source>C&amp;itizen consultation</source>
        <translation>Tham vấn ngườ&amp;i dân</translation>
    </message>
    <message>
        <source>Citizen consultation</source>
        <translation>Tham vấn người dân</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Chỉ số hiệu quả chính (KPI)</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>CityPitch proposals</source>
        <translation>Đề xuất CityPitch</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tất cả tệp</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>This proposal has changes that are not saved. Save them first?</source>
        <translation>Đề xuất này có thay đổi chưa lưu. Lưu trước không?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lưu (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Bỏ (&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Says what is wrong with the answers so far (&quot;&quot; when they may be recorded).</extracomment>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open a proposal</source>
        <translation>Mở đề xuất</translation>
    </message>
    <message>
        <source>Save the proposal as</source>
        <translation>Lưu đề xuất thành</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Export the PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Chọn hình ảnh</translation>
    </message>
    <message>
        <source>About CityPitch</source>
        <translation>Giới thiệu CityPitch</translation>
    </message>
    <message>
        <source>CityPitch %1
From smart-city idea to investor-ready proposal.</source>
        <translation>CityPitch %1
Từ ý tưởng thành phố thông minh đến đề xuất sẵn sàng trình nhà đầu tư.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>today at %1</source>
        <extracomment>Entries that could not be read, with the reason; they are kept, never deleted silently.</extracomment>
        <translation>hôm nay lúc %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hôm qua lúc %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Tự động lưu lúc</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Recover</source>
        <extracomment>What each decision is called in the list of choices.</extracomment>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Decide at next start</source>
        <translation>Quyết định ở lần mở sau</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Khôi phục công việc chưa lưu</translation>
    </message>
    <message>
        <source>CityPitch was not closed normally last time. These proposals had changes that were not saved; the copies below were made automatically. Recovered proposals open as unsaved work: save them to keep them.</source>
        <translation>Lần trước CityPitch không được đóng bình thường. Các đề xuất dưới đây có thay đổi chưa lưu; các bản sao bên dưới được tạo tự động. Đề xuất được khôi phục sẽ mở dưới dạng công việc chưa lưu: hãy lưu lại để giữ chúng.</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>chưa từng lưu</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Xử lý %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>An unsaved proposal could not be recovered</source>
        <translation>Không khôi phục được một đề xuất chưa lưu</translation>
    </message>
    <message>
        <source>%1: %2

Its autosaved copy is kept in %3.</source>
        <translation>%1: %2

Bản tự động lưu của nó vẫn được giữ trong %3.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Đề xuất này đang mở ở chế độ chỉ đọc: %1</translation>
    </message>
    <message>
        <source>This finding cannot be acknowledged</source>
        <translation>Không thể giải trình cho phát hiện này</translation>
    </message>
    <message>
        <source>Answer the warning “%1”</source>
        <translation>Giải trình cảnh báo “%1”</translation>
    </message>
    <message>
        <source>Withdraw the answer to “%1”</source>
        <translation>Rút lại giải trình cho “%1”</translation>
    </message>
    <message>
        <source>Deal-breakers</source>
        <extracomment>Item data roles: the Review line or gate behind an item, and what the delegate draws. The groups of the findings list, in reading order.</extracomment>
        <translation>Vấn đề nghiêm trọng</translation>
    </message>
    <message>
        <source>Values not accepted</source>
        <translation>Giá trị không được chấp nhận</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Answered with a justification</source>
        <translation>Đã có lý do giải trình</translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation>Chưa điền</translation>
    </message>
    <message>
        <source>Investor gates</source>
        <translation>Điều kiện tiên quyết của nhà đầu tư</translation>
    </message>
    <message>
        <source>Findings, in the order an investor weighs them</source>
        <translation>Các phát hiện, theo thứ tự nhà đầu tư cân nhắc</translation>
    </message>
    <message>
        <source>Points lost by criterion</source>
        <translation>Điểm bị trừ theo tiêu chí</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Phát hiện (&amp;D)</translation>
    </message>
    <message>
        <source>Points by &amp;criterion</source>
        <translation>Điểm theo tiêu chí (&amp;C)</translation>
    </message>
    <message>
        <source>The selected line in full</source>
        <translation>Toàn văn dòng đang chọn</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>Đến ô nhập (&amp;G)</translation>
    </message>
    <message>
        <source>Show the field (and select the rows) this line is about (Enter on the line)</source>
        <translation>Hiển thị ô nhập (và chọn các hàng) mà dòng này nói đến (nhấn Enter trên dòng)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge warning...</source>
        <translation>Giải trình cảnh báo (&amp;A)...</translation>
    </message>
    <message>
        <source>Answer a warning with a written justification; deal-breakers cannot be waved away</source>
        <translation>Giải trình cảnh báo bằng lý do giải trình bằng văn bản; vấn đề nghiêm trọng thì không thể bỏ qua</translation>
    </message>
    <message>
        <source>&amp;Withdraw answer</source>
        <translation>Rút lại giải trình (&amp;W)</translation>
    </message>
    <message>
        <source>Remove the justification given for this warning</source>
        <translation>Xóa lý do giải trình đã đưa ra cho cảnh báo này</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1 open)</source>
        <translation>Phát hiện (%1 còn mở) (&amp;D)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <translation>%1 (%2; %3)</translation>
    </message>
    <message>
        <source>Nothing is open: no finding, and every field is filled in.</source>
        <translation>Không còn gì cần xử lý: không có phát hiện nào và mọi ô đã được điền.</translation>
    </message>
    <message>
        <source>Select a line to see it in full; press Enter (or Go to field) to go to its field.</source>
        <translation>Chọn một dòng để xem toàn văn; nhấn Enter (hoặc Đến ô nhập) để đến ô của dòng đó.</translation>
    </message>
    <message>
        <source>deal-breaker</source>
        <extracomment>What each band is called on screen, and its colour (also the Review step&apos;s dot in the sidebar).</extracomment>
        <translation>vấn đề nghiêm trọng</translation>
    </message>
    <message>
        <source>serious flaw</source>
        <translation>thiếu sót nghiêm trọng</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>điểm yếu</translation>
    </message>
    <message>
        <source>polish</source>
        <translation>hoàn thiện</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 deal-breaker</source>
        <translation>%1 vấn đề nghiêm trọng</translation>
    </message>
    <message>
        <source>%1 deal-breakers</source>
        <translation>%1 vấn đề nghiêm trọng</translation>
    </message>
    <message>
        <source>%1 value not accepted</source>
        <translation>%1 giá trị không được chấp nhận</translation>
    </message>
    <message>
        <source>%1 values not accepted</source>
        <translation>%1 giá trị không được chấp nhận</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 cảnh báo</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 cảnh báo</translation>
    </message>
    <message>
        <source>%1 tip</source>
        <translation>%1 gợi ý</translation>
    </message>
    <message>
        <source>%1 tips</source>
        <translation>%1 gợi ý</translation>
    </message>
    <message>
        <source>%1 field to fill in</source>
        <translation>%1 ô cần điền</translation>
    </message>
    <message>
        <source>%1 fields to fill in</source>
        <translation>%1 ô cần điền</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 đã giải trình</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>không còn gì cần xử lý</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>%1 of 100, capped by a failed gate (%2 without it)</source>
        <translation>%1/100, bị giới hạn do một điều kiện tiên quyết không đạt (nếu không sẽ là %2)</translation>
    </message>
    <message>
        <source>score 100: no open line costs points, but %1 line is still open</source>
        <translation>100 điểm: không dòng nào còn mở bị trừ điểm, nhưng vẫn còn %1 dòng chưa xử lý</translation>
    </message>
    <message>
        <source>score 100: no open line costs points, but %1 lines are still open</source>
        <translation>100 điểm: không dòng nào còn mở bị trừ điểm, nhưng vẫn còn %1 dòng chưa xử lý</translation>
    </message>
    <message>
        <source>100 of 100: nothing open</source>
        <translation>100/100: không còn gì cần xử lý</translation>
    </message>
    <message>
        <source>%1 of 100 (%2 lost)</source>
        <translation>%1/100 (bị trừ %2)</translation>
    </message>
    <message>
        <source>Deal-breaker (1 of %1): %2</source>
        <translation>Vấn đề nghiêm trọng (1 trong %1): %2</translation>
    </message>
    <message>
        <source>Deal-breaker: %1</source>
        <translation>Vấn đề nghiêm trọng: %1</translation>
    </message>
    <message>
        <source>Costliest open finding (%1): %2</source>
        <translation>Phát hiện còn mở bị trừ nhiều điểm nhất (%1): %2</translation>
    </message>
    <message>
        <source>No finding remains; still open: %1.</source>
        <translation>Không còn phát hiện nào; vẫn còn mở: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 fields filled in</source>
        <translation>đã điền %1/%2 ô</translation>
    </message>
    <message>
        <source>Open: %1.</source>
        <translation>Còn mở: %1.</translation>
    </message>
    <message>
        <source>Nothing open; %1.</source>
        <translation>Không còn gì cần xử lý; %1.</translation>
    </message>
    <message>
        <source>Investor gates: %1 of %2 fail</source>
        <translation>Điều kiện tiên quyết của nhà đầu tư: %1/%2 không đạt</translation>
    </message>
    <message>
        <source>Investor gates: all %1 pass</source>
        <translation>Điều kiện tiên quyết của nhà đầu tư: đạt cả %1</translation>
    </message>
    <message>
        <source>1 readiness gate is not met (%1)</source>
        <translation>1 điều kiện tiên quyết về mức độ sẵn sàng đầu tư chưa đạt (%1)</translation>
    </message>
    <message>
        <source>%1 readiness gates are not met (%2)</source>
        <translation>%1 điều kiện tiên quyết về mức độ sẵn sàng đầu tư chưa đạt (%2)</translation>
    </message>
    <message>
        <source>%1 (a contradiction between fields)</source>
        <translation>%1 (mâu thuẫn giữa các ô)</translation>
    </message>
    <message>
        <source>%1 (%2 of them a contradiction between fields)</source>
        <translation>%1 (trong đó %2 là mâu thuẫn giữa các ô)</translation>
    </message>
    <message>
        <source>%1 (%2 of them contradictions between fields)</source>
        <translation>%1 (trong đó %2 là mâu thuẫn giữa các ô)</translation>
    </message>
    <message>
        <source>%1 (%2 does not apply)</source>
        <translation>%1 (%2 không áp dụng)</translation>
    </message>
    <message>
        <source>%1 (%2 do not apply)</source>
        <translation>%1 (%2 không áp dụng)</translation>
    </message>
    <message>
        <source>%1. A reader stops at the first that fails.</source>
        <translation>%1. Người đọc dừng lại ở điều kiện đầu tiên không đạt.</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cần làm: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Vị trí: %1</translation>
    </message>
    <message>
        <source>Comes from: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>Toàn bộ đề xuất</translation>
    </message>
    <message>
        <source>%1 (on the %2 step)</source>
        <translation>%1 (ở bước %2)</translation>
    </message>
    <message>
        <source>Value not accepted (not saved)</source>
        <translation>Giá trị không được chấp nhận (chưa lưu)</translation>
    </message>
    <message>
        <source>Deal-breaker · %1</source>
        <translation>Vấn đề nghiêm trọng · %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Contradiction between fields</source>
        <translation>Mâu thuẫn giữa các ô</translation>
    </message>
    <message>
        <source>%1 answered (of %2)</source>
        <translation>%1 sau giải trình (trên %2)</translation>
    </message>
    <message>
        <source>Answered: “%1”. An answered finding still costs half its points: %2 of %3, in %4.</source>
        <translation>Đã giải trình: “%1”. Phát hiện đã giải trình vẫn bị trừ một nửa số điểm: %2 trên %3, trong %4.</translation>
    </message>
    <message>
        <source>Costs %1 (%2), in %3.</source>
        <translation>Bị trừ %1 (%2), trong %3.</translation>
    </message>
    <message>
        <source>%1

What would fix it: %2

An answered warning still costs half its points: %3 instead of %4.</source>
        <translation>%1

Cách khắc phục: %2

Cảnh báo đã giải trình vẫn bị trừ một nửa số điểm: %3 thay vì %4.</translation>
    </message>
    <message>
        <source>%1: no points lost (it can cost up to %2)</source>
        <translation>%1: không bị trừ điểm (tối đa có thể trừ %2)</translation>
    </message>
    <message>
        <source>%1: %2 of at most %3 points lost</source>
        <translation>%1: bị trừ %2 trên tối đa %3 điểm</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>thêm %1</translation>
    </message>
    <message>
        <source>Checks that lost points: %1</source>
        <translation>Các bước kiểm tra bị trừ điểm: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>names in a list</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1; and more</source>
        <translation>%1 và các điều kiện khác</translation>
    </message>
    <message>
        <source>the readiness band is %1</source>
        <translation>mức xếp loại về mức độ sẵn sàng đầu tư của đề xuất là %1</translation>
    </message>
    <message>
        <source>sign-off is turned on and the current content is not signed off</source>
        <translation>phê duyệt cuối cùng đang được yêu cầu và nội dung hiện tại chưa được phê duyệt cuối cùng</translation>
    </message>
    <message>
        <source>sign-off is turned on and the current content is not signed off (the last sign-off is stale)</source>
        <translation>phê duyệt cuối cùng đang được yêu cầu và nội dung hiện tại chưa được phê duyệt cuối cùng (lần phê duyệt gần nhất đã hết hiệu lực)</translation>
    </message>
    <message>
        <source>the sign-off record cannot be read (%1)</source>
        <translation>không đọc được hồ sơ phê duyệt cuối cùng (%1)</translation>
    </message>
    <message>
        <source>No DRAFT mark will show: no readiness gate fails, the proposal is %1 (score %2), %3</source>
        <translation>Dấu DRAFT sẽ không hiện: không có điều kiện tiên quyết nào về mức độ sẵn sàng đầu tư bị trượt, đề xuất ở mức %1 (điểm %2), %3</translation>
    </message>
    <message>
        <source>and the current content is signed off.</source>
        <translation>và nội dung hiện tại đã được phê duyệt cuối cùng.</translation>
    </message>
    <message>
        <source>and sign-off does not hold it back.</source>
        <translation>và việc phê duyệt cuối cùng không cản trở.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The DRAFT mark is off, so the export will not say it is a draft, although %1.</source>
        <translation>Dấu DRAFT đang tắt nên bản xuất sẽ không ghi là bản nháp, dù %1.</translation>
    </message>
    <message>
        <source>The Review step says what to do.</source>
        <translation>Bước Rà soát cho biết cần làm gì.</translation>
    </message>
    <message>
        <source>The Versions and sign-off panel (View menu) records the sign-off.</source>
        <translation>Bảng Phiên bản và phê duyệt cuối cùng (menu Xem) ghi nhận việc phê duyệt cuối cùng.</translation>
    </message>
    <message>
        <source>Every page will be marked DRAFT because %1.</source>
        <translation>Mọi trang sẽ mang dấu DRAFT vì %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Rà soát</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks</source>
        <translation>Rủi ro</translation>
    </message>
    <message>
        <source>Each risk named, scored, mitigated and given to the party best able to carry it.</source>
        <translation>Mỗi rủi ro được nêu tên, chấm điểm, có biện pháp giảm thiểu và giao cho bên có khả năng gánh chịu tốt nhất.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Danh mục rủi ro</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Digital roadmap</source>
        <translation>Lộ trình số</translation>
    </message>
    <message>
        <source>From heavy to light and back to heavy: phases in order, with costs.</source>
        <translation>Từ nặng sang nhẹ rồi trở lại nặng: các giai đoạn theo thứ tự, kèm chi phí.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Các giai đoạn</translation>
    </message>
    <message>
        <source>Digital foundations</source>
        <translation>Nền tảng số</translation>
    </message>
    <message>
        <source>&amp;Digital readiness today</source>
        <translation>Mức độ sẵn sàng số hiện nay (&amp;D)</translation>
    </message>
    <message>
        <source>Digital readiness today</source>
        <translation>Mức độ sẵn sàng số hiện nay</translation>
    </message>
    <message>
        <source>D&amp;ata governance</source>
        <translation>Quản trị dữ liệu (&amp;A)</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>Quản trị dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Cybersecurity</source>
        <translation>An ninh mạng (&amp;C)</translation>
    </message>
    <message>
        <source>Cybersecurity</source>
        <translation>An ninh mạng</translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>No rows yet: press Insert or use Add row. Rows copied from a spreadsheet can be pasted with Ctrl+V.</source>
        <translation>Chưa có hàng nào: nhấn Insert hoặc dùng Thêm hàng. Các hàng chép từ bảng tính có thể dán bằng Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <source>Selected slide</source>
        <extracomment>Quiet time after the last edit before the preview is rendered again (ms). Delay before rendering when the preview is shown with something new to render (ms): long enough that paging through the steps does not start a render on every pass. Thumbnails drawn per pass of the event loop (about 4 ms each), so a long deck never stalls the window. Quiet time after an edit before the edited slide is drawn on its own (ms). What the warm process runs for the edited slide. The child process&apos;s id once it has started (evidence that the render left this process). generation, a one-page PDF of the edited slide, {&quot;id&quot;, &quot;number&quot;, &quot;total&quot;}: newer than the deck shown False while a format without slides is chosen (the workbook): nothing is rendered then. Every child process a preview ran in (tests check that renders leave the GUI process). The options the preview on screen was made with (a deck has slides, a leave-behind pages). Render in the application&apos;s warm processes (False: a fresh child process for every render). Every process an edited slide was drawn in (tests check that it stays warm).</extracomment>
        <translation>Slide đang chọn</translation>
    </message>
    <message>
        <source>Slides</source>
        <extracomment>The slides&apos; minimum height (the form&apos;s), kept while a format without slides is chosen.</extracomment>
        <translation>Các slide</translation>
    </message>
    <message>
        <source>Updating the preview...</source>
        <extracomment>The edited slide drawn on its own, newer than the deck: (generation, row, document, buffer).</extracomment>
        <translation>Đang cập nhật bản xem trước...</translation>
    </message>
    <message>
        <source>The slides appear here a moment after the Export step opens.</source>
        <translation>Các slide sẽ hiện ở đây ngay sau khi mở bước Xuất.</translation>
    </message>
    <message>
        <source>Making the preview of this proposal...</source>
        <translation>Đang tạo bản xem trước của đề xuất này...</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Không tạo được bản xem trước: %1</translation>
    </message>
    <message>
        <source>The slides below are from the last preview that worked.</source>
        <translation>Các slide bên dưới là của bản xem trước thành công gần nhất.</translation>
    </message>
    <message>
        <source>Slide %1 of %2, as it will be exported. The other slides follow your edits a moment after you stop typing.</source>
        <translation>Slide %1 trên %2, đúng như khi xuất. Các slide khác cập nhật theo chỉnh sửa của bạn ngay sau khi bạn ngừng gõ.</translation>
    </message>
    <message>
        <source>the rendered PDF could not be read back for display</source>
        <translation>không đọc lại được PDF đã tạo để hiển thị</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Trang chiếu %1</translation>
    </message>
    <message>
        <source>%1 pages, as they will be exported. The preview follows your edits a moment after you stop typing.</source>
        <translation>%1 trang, đúng như khi xuất. Bản xem trước cập nhật theo chỉnh sửa của bạn ngay sau khi bạn ngừng gõ.</translation>
    </message>
    <message>
        <source>%1 slides, as they will be exported. The preview follows your edits a moment after you stop typing.</source>
        <translation>%1 slide, đúng như khi xuất. Bản xem trước cập nhật theo chỉnh sửa của bạn ngay sau khi bạn ngừng gõ.</translation>
    </message>
</context>
<context>
    <name>SlideTitlesEditor</name>
    <message>
        <source>Slide</source>
        <translation>Trang slide</translation>
    </message>
    <message>
        <source>Made from your figures</source>
        <translation>Tạo từ số liệu của bạn</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>Tiêu đề của bạn</translation>
    </message>
    <message>
        <source>Working out the title...</source>
        <translation>Đang tạo tiêu đề...</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <extracomment>The main-line slides&apos; names in the table (the English of :data:`wizard.export.story.MAIN_LINE`, marked for translation here; a test keeps the two lists the same).</extracomment>
        <translation>Tóm tắt tổng quan</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>The solution</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Demand and market</source>
        <translation>Nhu cầu và thị trường</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Hiệu quả kinh tế</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Nguồn vốn và sử dụng vốn</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Cơ cấu</translation>
    </message>
    <message>
        <source>Risk allocation</source>
        <translation>Phân bổ rủi ro</translation>
    </message>
    <message>
        <source>Japanese value-add</source>
        <translation>Giá trị gia tăng từ Nhật Bản</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Triển khai</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>The ask and next steps</source>
        <translation>Khoản vốn đề nghị và các bước tiếp theo</translation>
    </message>
    <message>
        <source>Slide titles</source>
        <translation>Tiêu đề slide</translation>
    </message>
    <message>
        <source>Each slide of the deck opens with a title made from your figures. Write your own to replace it: it is printed as written and kept in the project file. Clear it to use the one made from your figures again.</source>
        <translation>Mỗi slide trong bộ slide trình bày mở đầu bằng một tiêu đề được tạo từ số liệu của bạn. Hãy viết tiêu đề của riêng bạn để thay thế: tiêu đề được in đúng như bạn viết và được lưu trong tệp dự án. Xóa tiêu đề để dùng lại tiêu đề được tạo từ số liệu của bạn.</translation>
    </message>
    <message>
        <source>Set the title of the slide &apos;%1&apos;</source>
        <translation>Đặt tiêu đề cho slide “%1”</translation>
    </message>
    <message>
        <source>Clear the title of the slide &apos;%1&apos;</source>
        <translation>Xóa tiêu đề của slide “%1”</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Open a proposal, start a new one, or explore a sample. Then give the proposal its name.</source>
        <translation>Mở một đề xuất, tạo đề xuất mới hoặc xem một mẫu. Sau đó đặt tên cho đề xuất.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ne&amp;w proposal</source>
        <translation>Đề xuất mới (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open a file...</source>
        <translation>Mở tệp (&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>Mẫu (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Tệp gần đây (&amp;R)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Tệp gần đây</translation>
    </message>
    <message>
        <source>Open the selected sa&amp;mple</source>
        <translation>&amp;Mở mẫu đã chọn</translation>
    </message>
    <message>
        <source>Open the selected recent f&amp;ile</source>
        <translation>Mở tệp gần đây đã chọn (&amp;I)</translation>
    </message>
    <message>
        <source>This proposal</source>
        <translation>Đề xuất này</translation>
    </message>
    <message>
        <source>&amp;Project name</source>
        <translation>Tên dự án (&amp;P)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Tên dự án</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>Tiê&amp;u đề phụ</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Tiêu đề phụ</translation>
    </message>
    <message>
        <source>Prep&amp;ared by</source>
        <translation>Đơn vị lập (&amp;A)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Đơn vị lập</translation>
    </message>
    <message>
        <source>&amp;Date of the proposal</source>
        <translation>Ngày của đề xuất (&amp;D)</translation>
    </message>
    <message>
        <source>Date of the proposal</source>
        <translation>Ngày của đề xuất</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Confidentiality note</source>
        <translation>Ghi &amp;chú bảo mật</translation>
    </message>
    <message>
        <source>Confidentiality note</source>
        <translation>Ghi chú bảo mật</translation>
    </message>
    <message>
        <source>I&amp;llustrative example</source>
        <translation>Ví dụ minh họa (&amp;L)</translation>
    </message>
    <message>
        <source>Illustrative example</source>
        <translation>Ví dụ minh họa</translation>
    </message>
    <message>
        <source>Spreadsheet number forma&amp;t</source>
        <translation>Định dạng số trong bảng tính (&amp;T)</translation>
    </message>
    <message>
        <source>Spreadsheet number format</source>
        <translation>Định dạng số trong bảng tính</translation>
    </message>
    <message>
        <source>Bundled sample ‘%1’: a fictional city, for illustration</source>
        <extracomment>The widest a page&apos;s label column may be (pixels at 100% scaling); longer labels wrap. Text this many times its normal size or more (presentation mode) puts labels above their fields. Above its field, a label wraps only when it is wider than this (a page on a 1024-pixel projector is wider). Qt&apos;s &quot;no maximum&quot; for a widget&apos;s size (QWIDGETSIZE_MAX). The accessible name this label gave the box (a box whose form names it keeps the form&apos;s name).</extracomment>
        <translation>Mẫu có sẵn ‘%1’: một thành phố hư cấu, để minh họa</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <extracomment>The Begin box&apos;s widgets, by column (two columns: side by side; one column: the first over the second).</extracomment>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Edits of one field closer together than this (seconds) merge into one undo step...</extracomment>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Thêm một hàng vào %1</translation>
    </message>
    <message>
        <source>Remove row %1 from %2</source>
        <translation>Xóa hàng %1 khỏi %2</translation>
    </message>
    <message>
        <source>Move row %1 of %2 up</source>
        <translation>Chuyển hàng %1 của %2 lên trên</translation>
    </message>
    <message>
        <source>Move row %1 of %2 down</source>
        <translation>Chuyển hàng %1 của %2 xuống dưới</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Set %1 to %2 (also %3)</source>
        <translation>Đặt %1 thành %2 (kèm theo %3)</translation>
    </message>
</context>
<context>
    <name>VisionPage</name>
    <message>
        <source>Vision</source>
        <translation>Tầm nhìn</translation>
    </message>
    <message>
        <source>What will be different, for whom, by when: in numbers.</source>
        <translation>Điều gì sẽ thay đổi, cho ai, đến khi nào: bằng con số.</translation>
    </message>
    <message>
        <source>The vision</source>
        <translation>Tầm nhìn của dự án</translation>
    </message>
    <message>
        <source>V&amp;ision statement</source>
        <translation>Tuyên bố tầm nhìn (&amp;I)</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Tuyên bố tầm nhìn</translation>
    </message>
    <message>
        <source>H&amp;orizon year</source>
        <translation>Năm mục tiêu (&amp;O)</translation>
    </message>
    <message>
        <source>Horizon year</source>
        <translation>Năm mục tiêu</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>ví dụ 2030</translation>
    </message>
    <message>
        <source>Alignment with priorities</source>
        <translation>Sự phù hợp với các ưu tiên</translation>
    </message>
    <message>
        <source>&amp;Social priorities served</source>
        <translation>Các ưu tiên xã hội được đáp ứng (&amp;S)</translation>
    </message>
    <message>
        <source>Social priorities served</source>
        <translation>Các ưu tiên xã hội được đáp ứng</translation>
    </message>
    <message>
        <source>E&amp;conomic priorities served</source>
        <translation>&amp;Các ưu tiên kinh tế được đáp ứng</translation>
    </message>
    <message>
        <source>Economic priorities served</source>
        <translation>Các ưu tiên kinh tế được đáp ứng</translation>
    </message>
    <message>
        <source>Envi&amp;ronmental priorities served</source>
        <translation>Các ưu tiên môi t&amp;rường được đáp ứng</translation>
    </message>
    <message>
        <source>Environmental priorities served</source>
        <translation>Các ưu tiên môi trường được đáp ứng</translation>
    </message>
    <message>
        <source>Benefits (one per line)</source>
        <translation>Lợi ích (mỗi dòng một ý)</translation>
    </message>
    <message>
        <source>Benefi&amp;ts for citizens</source>
        <translation>Lợi ích cho người dân (&amp;T)</translation>
    </message>
    <message>
        <source>Benefits for citizens</source>
        <translation>Lợi ích cho người dân</translation>
    </message>
    <message>
        <source>Benefits for b&amp;usinesses</source>
        <translation>Lợi ích cho doanh nghiệp (&amp;U)</translation>
    </message>
    <message>
        <source>Benefits for businesses</source>
        <translation>Lợi ích cho doanh nghiệp</translation>
    </message>
    <message>
        <source>Headline targets</source>
        <translation>Các mục tiêu chính</translation>
    </message>
</context>
</TS>

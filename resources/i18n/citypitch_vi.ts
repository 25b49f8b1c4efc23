<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
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
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <source>See every slide as investors will, choose how to export, and write the PDF. The look of the deck (colour, logo, photos) is set at the bottom of this step.</source>
        <translation>Xem từng slide như nhà đầu tư sẽ thấy, chọn cách xuất bản và tạo tệp PDF. Giao diện của bộ slide trình bày (màu sắc, logo, ảnh) được thiết lập ở cuối bước này.</translation>
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
        <source>Bring the funding sources in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>Nhập nguồn vốn từ tệp .xlsx hoặc .csv: bạn kiểm tra các cột và từng ô trước khi có gì thay đổi</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet...</source>
        <translation>Nhập nguồn vốn từ bảng tính...</translation>
    </message>
    <message>
        <source>Operation, concession and terminal value</source>
        <translation>Vận hành, nhượng quyền và giá trị cuối kỳ</translation>
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
        <translation>Các trường viết bằng ngôn ngữ địa phương</translation>
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
        <translation>Chọn ngôn ngữ mà một phần văn bản của anh/chị được viết, rồi đánh dấu các trường đó: tệp PDF sẽ ghi nhận để trình đọc màn hình đọc chúng bằng ngôn ngữ đó.</translation>
    </message>
    <message>
        <source>Tick the fields written in %1. Thai, Khmer, Lao, Burmese, Japanese and Vietnamese with its marks are recognised from their letters; Indonesian, Malay, Filipino and Tetum look like English to a program and need the tick.</source>
        <translation>Đánh dấu các trường viết bằng %1. Tiếng Thái, Khmer, Lào, Myanmar, Nhật và tiếng Việt có dấu được nhận biết qua chữ viết; tiếng Indonesia, Mã Lai, Philippines và Tetum trông giống tiếng Anh đối với chương trình nên cần được đánh dấu.</translation>
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
        <source>Slide titles</source>
        <translation>Tiêu đề slide</translation>
    </message>
    <message>
        <source>Each slide of the deck opens with a title made from your figures. Write your own to replace it: it is printed as written and kept in the project file. Clear it to use the one made from your figures again.</source>
        <translation>Mỗi slide trong bộ slide trình bày mở đầu bằng một tiêu đề được tạo từ số liệu của bạn. Hãy viết tiêu đề của riêng bạn để thay thế: tiêu đề được in đúng như bạn viết và được lưu trong tệp dự án. Xóa tiêu đề để dùng lại tiêu đề được tạo từ số liệu của bạn.</translation>
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
        <source>Number forma&amp;t</source>
        <translation>Định dạng số (&amp;T)</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Định dạng số</translation>
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

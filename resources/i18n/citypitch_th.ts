<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>BudgetNotes</name>
    <message>
        <source>{count} characters over: the whole text moves to the appendix ({code})</source>
        <translation>เกิน {count} ตัวอักษร: ข้อความทั้งหมดย้ายไปที่ภาคผนวก ({code})</translation>
    </message>
    <message>
        <source>{count} characters over: the rest moves to the appendix ({code})</source>
        <translation>เกิน {count} ตัวอักษร: ส่วนที่เหลือย้ายไปที่ภาคผนวก ({code})</translation>
    </message>
    <message>
        <source>Part of it moves to the appendix ({code})</source>
        <translation>บางส่วนย้ายไปที่ภาคผนวก ({code})</translation>
    </message>
    <message>
        <source>{count} characters left on the slide</source>
        <translation>สไลด์ยังรับได้อีก {count} ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>CityTeamPage</name>
    <message>
        <source>City and team</source>
        <translation>เมืองและทีมงาน</translation>
    </message>
    <message>
        <source>Who the city is, and who stands behind the proposal.</source>
        <translation>เมืองของเราเป็นอย่างไร และใครเป็นผู้ผลักดันข้อเสนอโครงการนี้</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>ข้อมูลเมือง</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>เมือง(&amp;C)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>ประเทศ(&amp;O)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>&amp;Province or region</source>
        <translation>จังหวัดหรือภูมิภาค(&amp;P)</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>จังหวัดหรือภูมิภาค</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <source>degrees, north positive, e.g. 16.0678</source>
        <translation>องศา ทิศเหนือเป็นค่าบวก เช่น 16.0678</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <source>degrees, east positive, e.g. 108.2208</source>
        <translation>องศา ทิศตะวันออกเป็นค่าบวก เช่น 108.2208</translation>
    </message>
    <message>
        <source>Pop&amp;ulation</source>
        <translation>จำนวนประชากร(&amp;U)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>จำนวนประชากร</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>Popu&amp;lation year</source>
        <translation>ปีของข้อมูลประชากร(&amp;L)</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>ปีของข้อมูลประชากร</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>เช่น 2030</translation>
    </message>
    <message>
        <source>Popul&amp;ation growth (% a year)</source>
        <translation>อัตราการเพิ่มของประชากร (% ต่อปี)(&amp;A)</translation>
    </message>
    <message>
        <source>Population growth (% a year)</source>
        <translation>อัตราการเพิ่มของประชากร (% ต่อปี)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>A&amp;rea (km²)</source>
        <translation>พื้นที่ (ตร.กม.)(&amp;R)</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>พื้นที่ (ตร.กม.)</translation>
    </message>
    <message>
        <source>&amp;GDP per head (USD)</source>
        <translation>GDP ต่อหัว (ดอลลาร์สหรัฐ)(&amp;G)</translation>
    </message>
    <message>
        <source>GDP per head (USD)</source>
        <translation>GDP ต่อหัว (ดอลลาร์สหรัฐ)</translation>
    </message>
    <message>
        <source>A&amp;SCN member city</source>
        <translation>เมืองสมาชิก ASCN(&amp;S)</translation>
    </message>
    <message>
        <source>ASCN member city</source>
        <translation>เมืองสมาชิก ASCN</translation>
    </message>
    <message>
        <source>ASCN focus areas</source>
        <translation>ด้านที่มุ่งเน้นของ ASCN</translation>
    </message>
    <message>
        <source>S&amp;mart City Action Plan reference</source>
        <translation>การอ้างอิงแผนปฏิบัติการเมืองอัจฉริยะ (SCAP)(&amp;M)</translation>
    </message>
    <message>
        <source>Smart City Action Plan reference</source>
        <translation>การอ้างอิงแผนปฏิบัติการเมืองอัจฉริยะ (SCAP)</translation>
    </message>
    <message>
        <source>C&amp;ity context</source>
        <translation>บริบทของเมือง(&amp;I)</translation>
    </message>
    <message>
        <source>City context</source>
        <translation>บริบทของเมือง</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีมงาน</translation>
    </message>
    <message>
        <source>Lea&amp;d agency</source>
        <translation>หน่วยงานหลัก(&amp;D)</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>หน่วยงานหลัก</translation>
    </message>
    <message>
        <source>Pro&amp;ject champion</source>
        <translation>ผู้ผลักดันโครงการ(&amp;J)</translation>
    </message>
    <message>
        <source>Project champion</source>
        <translation>ผู้ผลักดันโครงการ</translation>
    </message>
    <message>
        <source>Champion&apos;s title</source>
        <translation>ตำแหน่งของผู้ผลักดันโครงการ</translation>
    </message>
    <message>
        <source>&amp;Team capability and track record</source>
        <translation>ความสามารถและผลงานของทีม(&amp;T)</translation>
    </message>
    <message>
        <source>Team capability and track record</source>
        <translation>ความสามารถและผลงานของทีม</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
</context>
<context>
    <name>EconomyPage</name>
    <message>
        <source>Economic engine</source>
        <translation>กลไกขับเคลื่อนเศรษฐกิจ</translation>
    </message>
    <message>
        <source>The conditions that let businesses invest and grow, and how far the project has been studied.</source>
        <translation>เงื่อนไขที่ทำให้ภาคธุรกิจลงทุนและเติบโตได้ และโครงการได้รับการศึกษามาแล้วเพียงใด</translation>
    </message>
    <message>
        <source>Growth conditions</source>
        <translation>เงื่อนไขการเติบโต</translation>
    </message>
    <message>
        <source>&amp;Conditions for business</source>
        <translation>เงื่อนไขสำหรับภาคธุรกิจ(&amp;C)</translation>
    </message>
    <message>
        <source>Conditions for business</source>
        <translation>เงื่อนไขสำหรับภาคธุรกิจ</translation>
    </message>
    <message>
        <source>En&amp;abling infrastructure</source>
        <translation>โครงสร้างพื้นฐานที่เอื้ออำนวย(&amp;A)</translation>
    </message>
    <message>
        <source>Enabling infrastructure</source>
        <translation>โครงสร้างพื้นฐานที่เอื้ออำนวย</translation>
    </message>
    <message>
        <source>&amp;Regulation and enabling law</source>
        <translation>กฎระเบียบและกฎหมายที่รองรับ(&amp;R)</translation>
    </message>
    <message>
        <source>Regulation and enabling law</source>
        <translation>กฎระเบียบและกฎหมายที่รองรับ</translation>
    </message>
    <message>
        <source>&amp;Market access and demand</source>
        <translation>การเข้าถึงตลาดและอุปสงค์(&amp;M)</translation>
    </message>
    <message>
        <source>Market access and demand</source>
        <translation>การเข้าถึงตลาดและอุปสงค์</translation>
    </message>
    <message>
        <source>Reven&amp;ue model</source>
        <translation>รูปแบบรายได้(&amp;U)</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>รูปแบบรายได้</translation>
    </message>
    <message>
        <source>&amp;Direct jobs</source>
        <translation>การจ้างงานทางตรง(&amp;D)</translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation>การจ้างงานทางตรง</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>&amp;Indirect jobs</source>
        <translation>การจ้างงานทางอ้อม(&amp;I)</translation>
    </message>
    <message>
        <source>Indirect jobs</source>
        <translation>การจ้างงานทางอ้อม</translation>
    </message>
    <message>
        <source>&amp;Scalability and replication</source>
        <translation>การขยายผลและการนำไปใช้ซ้ำ(&amp;S)</translation>
    </message>
    <message>
        <source>Scalability and replication</source>
        <translation>การขยายผลและการนำไปใช้ซ้ำ</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>ความเหมาะสมของโครงการ</translation>
    </message>
    <message>
        <source>Feasibi&amp;lity study status</source>
        <translation>สถานะการศึกษาความเหมาะสม(&amp;L)</translation>
    </message>
    <message>
        <source>Feasibility study status</source>
        <translation>สถานะการศึกษาความเหมาะสม</translation>
    </message>
    <message>
        <source>S&amp;tudy prepared by</source>
        <translation>ผู้จัดทำการศึกษา(&amp;T)</translation>
    </message>
    <message>
        <source>Study prepared by</source>
        <translation>ผู้จัดทำการศึกษา</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>ปีที่ศึกษา</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>เช่น 2030</translation>
    </message>
    <message>
        <source>&amp;Options considered</source>
        <translation>ทางเลือกที่ได้พิจารณา(&amp;O)</translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation>ทางเลือกที่ได้พิจารณา</translation>
    </message>
    <message>
        <source>Technical &amp;justification</source>
        <translation>เหตุผลทางเทคนิค(&amp;J)</translation>
    </message>
    <message>
        <source>Technical justification</source>
        <translation>เหตุผลทางเทคนิค</translation>
    </message>
    <message>
        <source>Demand forecast</source>
        <translation>การคาดการณ์ความต้องการ</translation>
    </message>
    <message>
        <source>Demand forecast &amp;prepared by</source>
        <translation>ผู้จัดทำการคาดการณ์ความต้องการ(&amp;P)</translation>
    </message>
    <message>
        <source>Demand forecast prepared by</source>
        <translation>ผู้จัดทำการคาดการณ์ความต้องการ</translation>
    </message>
    <message>
        <source>Forecast prepared independently</source>
        <translation>การคาดการณ์จัดทำโดยหน่วยงานอิสระ</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>ใบอนุญาต</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>ที่ดิน</translation>
    </message>
    <message>
        <source>Environmental cate&amp;gory</source>
        <translation>ประเภทผลกระทบสิ่งแวดล้อม(&amp;G)</translation>
    </message>
    <message>
        <source>Environmental category</source>
        <translation>ประเภทผลกระทบสิ่งแวดล้อม</translation>
    </message>
    <message>
        <source>Environmental impact assessment</source>
        <translation>การวิเคราะห์ผลกระทบสิ่งแวดล้อม (EIA)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>See every slide as investors will, choose how to export, and write the PDF. The look of the deck (colour, logo, photos) is set at the bottom of this step.</source>
        <translation>ดูสไลด์ทุกหน้าแบบเดียวกับที่นักลงทุนจะเห็น เลือกวิธีส่งออก แล้วสร้างไฟล์ PDF รูปแบบของสไลด์นำเสนอ (สี โลโก้ ภาพถ่าย) ตั้งค่าได้ที่ด้านล่างของขั้นตอนนี้</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>ตัวอย่างสไลด์</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>รูปแบบผลลัพธ์(&amp;U)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>รูปแบบผลลัพธ์</translation>
    </message>
    <message>
        <source>Label lan&amp;guage</source>
        <translation>ภาษาของป้ายกำกับ(&amp;G)</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>ภาษาของป้ายกำกับ</translation>
    </message>
    <message>
        <source>DRAFT mark</source>
        <translation>เครื่องหมาย DRAFT</translation>
    </message>
    <message>
        <source>&amp;Mark every slide DRAFT while blockers remain</source>
        <translation>แสดง DRAFT ขณะยังมีข้อบกพร่องร้ายแรง(&amp;M)</translation>
    </message>
    <message>
        <source>PDF varian&amp;t</source>
        <translation>ชนิดของ PDF(&amp;T)</translation>
    </message>
    <message>
        <source>PDF variant</source>
        <translation>ชนิดของ PDF</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>บันทึกที่(&amp;S)</translation>
    </message>
    <message>
        <source>Save the PDF to</source>
        <translation>บันทึกไฟล์ PDF ที่</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>เรียกดู(&amp;W)...</translation>
    </message>
    <message>
        <source>E&amp;xport PDF</source>
        <translation>ส่งออก PDF(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>ยกเลิกการส่งออก(&amp;C)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>เปิด PDF(&amp;D)</translation>
    </message>
    <message>
        <source>Deck look</source>
        <translation>รูปแบบสไลด์นำเสนอ</translation>
    </message>
    <message>
        <source>&amp;Accent colour</source>
        <translation>สีเน้น(&amp;A)</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>สีเน้น</translation>
    </message>
    <message>
        <source>L&amp;ogo</source>
        <translation>โลโก้(&amp;O)</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG with the button below</source>
        <translation>เลือกไฟล์ PNG หรือ JPEG ด้วยปุ่มด้านล่าง</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>โลโก้</translation>
    </message>
    <message>
        <source>Choose &amp;logo...</source>
        <translation>เลือกโลโก้(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>นำโลโก้ออก(&amp;R)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ภาพถ่าย</translation>
    </message>
    <message>
        <source>Add &amp;photo...</source>
        <translation>เพิ่มภาพถ่าย(&amp;P)...</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Financial case</source>
        <translation>กรณีทางการเงิน</translation>
    </message>
    <message>
        <source>Yearly numbers in, the figures investors expect out.</source>
        <translation>กรอกตัวเลขรายปี แล้วได้ตัวชี้วัดที่นักลงทุนต้องการ</translation>
    </message>
    <message>
        <source>Currency and rates</source>
        <translation>สกุลเงินและอัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>สกุลเงิน(&amp;C)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>&amp;Local currency per 1 USD</source>
        <translation>สกุลเงินท้องถิ่นต่อ 1 ดอลลาร์สหรัฐ(&amp;L)</translation>
    </message>
    <message>
        <source>Local currency per 1 USD</source>
        <translation>สกุลเงินท้องถิ่นต่อ 1 ดอลลาร์สหรัฐ</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>L&amp;ocal currency per 1 JPY</source>
        <translation>สกุลเงินท้องถิ่นต่อ 1 เยน(&amp;O)</translation>
    </message>
    <message>
        <source>Local currency per 1 JPY</source>
        <translation>สกุลเงินท้องถิ่นต่อ 1 เยน</translation>
    </message>
    <message>
        <source>E&amp;xchange rates taken on</source>
        <translation>วันที่ของอัตราแลกเปลี่ยน(&amp;X)</translation>
    </message>
    <message>
        <source>Exchange rates taken on</source>
        <translation>วันที่ของอัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ปปปป-ดด-วว</translation>
    </message>
    <message>
        <source>B&amp;ase year</source>
        <translation>ปีฐาน(&amp;A)</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>ปีฐาน</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>เช่น 2030</translation>
    </message>
    <message>
        <source>Ho&amp;rizon (years)</source>
        <translation>ระยะเวลาวิเคราะห์ (ปี)(&amp;R)</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>ระยะเวลาวิเคราะห์ (ปี)</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>เช่น 25</translation>
    </message>
    <message>
        <source>&amp;Discount rate (%)</source>
        <translation>อัตราคิดลด (%)(&amp;D)</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>อัตราคิดลด (%)</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>กระแสเงินสดรายปี</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>ตัวชี้วัดหลัก</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>แหล่งเงินทุน</translation>
    </message>
    <message>
        <source>Bring the yearly lines in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>นำเข้ารายการรายปีจากไฟล์ .xlsx หรือ .csv โดยคุณตรวจสอบคอลัมน์และทุกเซลล์ก่อนที่จะมีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Import yearly lines from a spreadsheet...</source>
        <translation>นำเข้ารายการรายปีจากสเปรดชีต...</translation>
    </message>
    <message>
        <source>Bring the funding sources in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>นำเข้าแหล่งเงินทุนจากไฟล์ .xlsx หรือ .csv โดยคุณตรวจสอบคอลัมน์และทุกเซลล์ก่อนที่จะมีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet...</source>
        <translation>นำเข้าแหล่งเงินทุนจากสเปรดชีต...</translation>
    </message>
    <message>
        <source>Operation, concession and terminal value</source>
        <translation>การดำเนินงาน สัมปทาน และมูลค่าสุดท้าย</translation>
    </message>
    <message>
        <source>Co&amp;mmercial operation starts (year)</source>
        <translation>ปีที่เริ่มดำเนินการเชิงพาณิชย์(&amp;M)</translation>
    </message>
    <message>
        <source>Commercial operation starts (year)</source>
        <translation>ปีที่เริ่มดำเนินการเชิงพาณิชย์</translation>
    </message>
    <message>
        <source>e.g. 2031</source>
        <translation>เช่น 2031</translation>
    </message>
    <message>
        <source>Conce&amp;ssion or asset life ends (year)</source>
        <translation>ปีที่สัมปทานหรืออายุทรัพย์สินสิ้นสุด(&amp;S)</translation>
    </message>
    <message>
        <source>Concession or asset life ends (year)</source>
        <translation>ปีที่สัมปทานหรืออายุทรัพย์สินสิ้นสุด</translation>
    </message>
    <message>
        <source>e.g. 2052</source>
        <translation>เช่น 2052</translation>
    </message>
    <message>
        <source>&amp;Terminal value method</source>
        <translation>วิธีคำนวณมูลค่าสุดท้าย(&amp;T)</translation>
    </message>
    <message>
        <source>Terminal value method</source>
        <translation>วิธีคำนวณมูลค่าสุดท้าย</translation>
    </message>
    <message>
        <source>Terminal gro&amp;wth (% a year)</source>
        <translation>อัตราการเติบโตระยะยาว (% ต่อปี)(&amp;W)</translation>
    </message>
    <message>
        <source>Terminal growth (% a year)</source>
        <translation>อัตราการเติบโตระยะยาว (% ต่อปี)</translation>
    </message>
    <message>
        <source>Exit multi&amp;ple (x EBITDA)</source>
        <translation>ตัวคูณมูลค่าการถอนการลงทุน (เท่าของ EBITDA)(&amp;P)</translation>
    </message>
    <message>
        <source>Exit multiple (x EBITDA)</source>
        <translation>ตัวคูณมูลค่าการถอนการลงทุน (เท่าของ EBITDA)</translation>
    </message>
    <message>
        <source>Tax, returns and the lenders&apos; view</source>
        <translation>ภาษี ผลตอบแทน และมุมมองของผู้ให้กู้</translation>
    </message>
    <message>
        <source>Prof&amp;it tax rate (%)</source>
        <translation>อัตราภาษีเงินได้นิติบุคคล (%)(&amp;I)</translation>
    </message>
    <message>
        <source>Profit tax rate (%)</source>
        <translation>อัตราภาษีเงินได้นิติบุคคล (%)</translation>
    </message>
    <message>
        <source>Depreciation period (&amp;years)</source>
        <translation>ระยะเวลาค่าเสื่อมราคา (ปี)(&amp;Y)</translation>
    </message>
    <message>
        <source>Depreciation period (years)</source>
        <translation>ระยะเวลาค่าเสื่อมราคา (ปี)</translation>
    </message>
    <message>
        <source>e.g. 20</source>
        <translation>เช่น 20</translation>
    </message>
    <message>
        <source>Cost of e&amp;quity (%)</source>
        <translation>ต้นทุนส่วนของผู้ถือหุ้น (%)(&amp;Q)</translation>
    </message>
    <message>
        <source>Cost of equity (%)</source>
        <translation>ต้นทุนส่วนของผู้ถือหุ้น (%)</translation>
    </message>
    <message>
        <source>Lenders&apos; minimum DSCR (x)</source>
        <translation>DSCR ขั้นต่ำที่ผู้ให้กู้กำหนด (เท่า)</translation>
    </message>
    <message>
        <source>e.g. 1.30</source>
        <translation>เช่น 1.30</translation>
    </message>
    <message>
        <source>Development costs</source>
        <translation>ค่าใช้จ่ายในการพัฒนาโครงการ</translation>
    </message>
    <message>
        <source>Reserve accounts funded at financial close</source>
        <translation>บัญชีเงินสำรองที่ต้องมีเมื่อการจัดหาเงินทุนแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Local currency depreciation a&amp;gainst the loan currency (% a year)</source>
        <translation>การอ่อนค่าของสกุลเงินท้องถิ่นเทียบกับสกุลเงินกู้ (% ต่อปี)(&amp;G)</translation>
    </message>
    <message>
        <source>Local currency depreciation against the loan currency (% a year)</source>
        <translation>การอ่อนค่าของสกุลเงินท้องถิ่นเทียบกับสกุลเงินกู้ (% ต่อปี)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>ฉากทัศน์</translation>
    </message>
    <message>
        <source>The ask to Japanese investors</source>
        <translation>วงเงินที่ขอรับจากนักลงทุนญี่ปุ่น</translation>
    </message>
    <message>
        <source>&amp;Use of the funds asked for</source>
        <translation>การใช้เงินทุนที่ขอรับ(&amp;U)</translation>
    </message>
    <message>
        <source>Use of the funds asked for</source>
        <translation>การใช้เงินทุนที่ขอรับ</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>สมมติฐาน</translation>
    </message>
    <message>
        <source>&amp;Key assumptions</source>
        <translation>สมมติฐานหลัก(&amp;K)</translation>
    </message>
    <message>
        <source>Key assumptions</source>
        <translation>สมมติฐานหลัก</translation>
    </message>
</context>
<context>
    <name>ImplementationPage</name>
    <message>
        <source>Implementation</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Who delivers it, how it is governed and bought, and when each part is done.</source>
        <translation>ใครเป็นผู้ดำเนินการ มีการกำกับดูแลและจัดซื้อจัดจ้างอย่างไร และแต่ละส่วนจะแล้วเสร็จเมื่อใด</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>การส่งมอบโครงการ</translation>
    </message>
    <message>
        <source>&amp;Implementing agency</source>
        <translation>หน่วยงานผู้ดำเนินการ(&amp;I)</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>หน่วยงานผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>การกำกับดูแล(&amp;G)</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>การกำกับดูแล</translation>
    </message>
    <message>
        <source>&amp;Procurement route</source>
        <translation>วิธีการจัดซื้อจัดจ้าง(&amp;P)</translation>
    </message>
    <message>
        <source>Procurement route</source>
        <translation>วิธีการจัดซื้อจัดจ้าง</translation>
    </message>
    <message>
        <source>&amp;Monitoring and reporting</source>
        <translation>การติดตามและรายงานผล(&amp;M)</translation>
    </message>
    <message>
        <source>Monitoring and reporting</source>
        <translation>การติดตามและรายงานผล</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>หมุดหมายสำคัญ</translation>
    </message>
</context>
<context>
    <name>JapanPage</name>
    <message>
        <source>Japanese value-add</source>
        <translation>คุณค่าเพิ่มจากญี่ปุ่น</translation>
    </message>
    <message>
        <source>What Japanese partners bring beyond money, and how the project fits their rules.</source>
        <translation>พันธมิตรญี่ปุ่นนำอะไรมาให้นอกเหนือจากเงินทุน และโครงการสอดคล้องกับหลักเกณฑ์ของพวกเขาอย่างไร</translation>
    </message>
    <message>
        <source>What Japan brings</source>
        <translation>สิ่งที่ญี่ปุ่นนำมาให้</translation>
    </message>
    <message>
        <source>&amp;Japanese technologies sought</source>
        <translation>เทคโนโลยีญี่ปุ่นที่ต้องการ(&amp;J)</translation>
    </message>
    <message>
        <source>Japanese technologies sought</source>
        <translation>เทคโนโลยีญี่ปุ่นที่ต้องการ</translation>
    </message>
    <message>
        <source>&amp;Operational expertise sought</source>
        <translation>ความเชี่ยวชาญด้านการดำเนินงานที่ต้องการ(&amp;O)</translation>
    </message>
    <message>
        <source>Operational expertise sought</source>
        <translation>ความเชี่ยวชาญด้านการดำเนินงานที่ต้องการ</translation>
    </message>
    <message>
        <source>&amp;Role offered to the investor beyond capital</source>
        <translation>บทบาทของนักลงทุนนอกเหนือจากเงินทุน(&amp;R)</translation>
    </message>
    <message>
        <source>Role offered to the investor beyond capital</source>
        <translation>บทบาทของนักลงทุนนอกเหนือจากเงินทุน</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>พันธมิตร</translation>
    </message>
    <message>
        <source>Fit with Japanese programmes</source>
        <translation>ความสอดคล้องกับโครงการสนับสนุนของญี่ปุ่น</translation>
    </message>
    <message>
        <source>F&amp;it with JOIN</source>
        <translation>ความสอดคล้องกับ JOIN(&amp;I)</translation>
    </message>
    <message>
        <source>Fit with JOIN</source>
        <translation>ความสอดคล้องกับ JOIN</translation>
    </message>
    <message>
        <source>Fi&amp;t with JBIC</source>
        <translation>ความสอดคล้องกับ JBIC(&amp;T)</translation>
    </message>
    <message>
        <source>Fit with JBIC</source>
        <translation>ความสอดคล้องกับ JBIC</translation>
    </message>
    <message>
        <source>Fit &amp;with Smart JAMP</source>
        <translation>ความสอดคล้องกับ Smart JAMP(&amp;W)</translation>
    </message>
    <message>
        <source>Fit with Smart JAMP</source>
        <translation>ความสอดคล้องกับ Smart JAMP</translation>
    </message>
    <message>
        <source>Environ&amp;mental aims</source>
        <translation>เป้าหมายด้านสิ่งแวดล้อม(&amp;M)</translation>
    </message>
    <message>
        <source>Environmental aims</source>
        <translation>เป้าหมายด้านสิ่งแวดล้อม</translation>
    </message>
    <message>
        <source>&amp;GHG reduction (tCO2e a year)</source>
        <translation>การลดก๊าซเรือนกระจก (tCO2e ต่อปี)(&amp;G)</translation>
    </message>
    <message>
        <source>GHG reduction (tCO2e a year)</source>
        <translation>การลดก๊าซเรือนกระจก (tCO2e ต่อปี)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Environment&amp;al and social considerations</source>
        <translation>ข้อพิจารณาด้านสิ่งแวดล้อมและสังคม(&amp;A)</translation>
    </message>
    <message>
        <source>Environmental and social considerations</source>
        <translation>ข้อพิจารณาด้านสิ่งแวดล้อมและสังคม</translation>
    </message>
    <message>
        <source>Structure and exit</source>
        <translation>โครงสร้างและการถอนการลงทุน</translation>
    </message>
    <message>
        <source>&amp;Project structure</source>
        <translation>โครงสร้างโครงการ(&amp;P)</translation>
    </message>
    <message>
        <source>Project structure</source>
        <translation>โครงสร้างโครงการ</translation>
    </message>
    <message>
        <source>&amp;Structure and shareholders</source>
        <translation>โครงสร้างและผู้ถือหุ้น(&amp;S)</translation>
    </message>
    <message>
        <source>Structure and shareholders</source>
        <translation>โครงสร้างและผู้ถือหุ้น</translation>
    </message>
    <message>
        <source>Management str&amp;ucture</source>
        <translation>โครงสร้างการบริหาร(&amp;U)</translation>
    </message>
    <message>
        <source>Management structure</source>
        <translation>โครงสร้างการบริหาร</translation>
    </message>
    <message>
        <source>How the investment is re&amp;covered</source>
        <translation>วิธีการคืนทุน(&amp;C)</translation>
    </message>
    <message>
        <source>How the investment is recovered</source>
        <translation>วิธีการคืนทุน</translation>
    </message>
    <message>
        <source>E&amp;xit strategy</source>
        <translation>กลยุทธ์การถอนการลงทุน(&amp;X)</translation>
    </message>
    <message>
        <source>Exit strategy</source>
        <translation>กลยุทธ์การถอนการลงทุน</translation>
    </message>
    <message>
        <source>Exit discussed with the parties in advance</source>
        <translation>หารือการถอนการลงทุนกับคู่สัญญาแล้ว</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Languages of your text</source>
        <translation>ภาษาของข้อความ</translation>
    </message>
    <message>
        <source>None: everything is in English</source>
        <translation>ไม่มี: ทุกอย่างเป็นภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>&amp;Your local language</source>
        <translation>ภาษาท้องถิ่นของคุณ(&amp;Y)</translation>
    </message>
    <message>
        <source>Fields written in the local language</source>
        <translation>ช่องที่เขียนเป็นภาษาท้องถิ่น</translation>
    </message>
    <message>
        <source>Written &amp;in it</source>
        <translation>เขียนเป็นภาษานั้น(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (%2, told by its script)</source>
        <translation>%1 (%2 ระบุได้จากตัวอักษร)</translation>
    </message>
    <message>
        <source>Choose the language some of your text is written in, then tick those fields: the PDF marks them so a screen reader reads them in that language.</source>
        <translation>เลือกภาษาที่ใช้เขียนข้อความบางส่วน แล้วทำเครื่องหมายที่ช่องเหล่านั้น ไฟล์ PDF จะระบุภาษาไว้ เพื่อให้โปรแกรมอ่านหน้าจออ่านด้วยภาษานั้น</translation>
    </message>
    <message>
        <source>Tick the fields written in %1. Thai, Khmer, Lao, Burmese, Japanese and Vietnamese with its marks are recognised from their letters; Indonesian, Malay, Filipino and Tetum look like English to a program and need the tick.</source>
        <translation>ทำเครื่องหมายที่ช่องที่เขียนเป็น%1 ภาษาไทย เขมร ลาว เมียนมา ญี่ปุ่น และภาษาเวียดนามที่มีเครื่องหมายวรรณยุกต์ ระบุได้จากตัวอักษร ส่วนภาษาอินโดนีเซีย มลายู ฟิลิปปินส์ และเตตุม โปรแกรมแยกไม่ออกจากภาษาอังกฤษ จึงต้องทำเครื่องหมาย</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>One specific challenge, measured, with the people it affects named.</source>
        <translation>ปัญหาเฉพาะเจาะจงหนึ่งเรื่อง วัดได้ และระบุผู้ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>ปัญหาที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>&amp;Problem category</source>
        <translation>ประเภทของปัญหา(&amp;P)</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>ประเภทของปัญหา</translation>
    </message>
    <message>
        <source>P&amp;roblem in one line</source>
        <translation>สรุปปัญหาในหนึ่งบรรทัด(&amp;R)</translation>
    </message>
    <message>
        <source>Problem in one line</source>
        <translation>สรุปปัญหาในหนึ่งบรรทัด</translation>
    </message>
    <message>
        <source>Pr&amp;oblem statement</source>
        <translation>คำอธิบายปัญหา(&amp;O)</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>คำอธิบายปัญหา</translation>
    </message>
    <message>
        <source>Peop&amp;le affected</source>
        <translation>จำนวนผู้ได้รับผลกระทบ(&amp;L)</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>จำนวนผู้ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>&amp;Who is affected</source>
        <translation>ผู้ได้รับผลกระทบ(&amp;W)</translation>
    </message>
    <message>
        <source>Who is affected</source>
        <translation>ผู้ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>Roo&amp;t causes</source>
        <translation>สาเหตุที่แท้จริง(&amp;T)</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>สาเหตุที่แท้จริง</translation>
    </message>
    <message>
        <source>Wh&amp;y now</source>
        <translation>ทำไมต้องเป็นตอนนี้(&amp;Y)</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>ทำไมต้องเป็นตอนนี้</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>ประชาชน</translation>
    </message>
    <message>
        <source>&amp;Community needs</source>
        <translation>ความต้องการของชุมชน(&amp;C)</translation>
    </message>
    <message>
        <source>Community needs</source>
        <translation>ความต้องการของชุมชน</translation>
    </message>
    <message>
        <source>C&amp;itizen consultation</source>
        <translation>การรับฟังความคิดเห็นของประชาชน(&amp;I)</translation>
    </message>
    <message>
        <source>Citizen consultation</source>
        <translation>การรับฟังความคิดเห็นของประชาชน</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>ตัวชี้วัดหลัก (KPI)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>ทบทวน</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <source>Each risk named, scored, mitigated and given to the party best able to carry it.</source>
        <translation>ระบุความเสี่ยงแต่ละเรื่อง ให้คะแนน กำหนดมาตรการลดผลกระทบ และจัดสรรให้ฝ่ายที่รับมือได้ดีที่สุด</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>ทะเบียนความเสี่ยง</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Digital roadmap</source>
        <translation>แผนที่นำทางดิจิทัล</translation>
    </message>
    <message>
        <source>From heavy to light and back to heavy: phases in order, with costs.</source>
        <translation>จากหนักไปเบา แล้วกลับไปหนัก: ระยะต่าง ๆ ตามลำดับ พร้อมค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>ระยะของโครงการ</translation>
    </message>
    <message>
        <source>Digital foundations</source>
        <translation>รากฐานดิจิทัล</translation>
    </message>
    <message>
        <source>&amp;Digital readiness today</source>
        <translation>ความพร้อมด้านดิจิทัลในปัจจุบัน(&amp;D)</translation>
    </message>
    <message>
        <source>Digital readiness today</source>
        <translation>ความพร้อมด้านดิจิทัลในปัจจุบัน</translation>
    </message>
    <message>
        <source>D&amp;ata governance</source>
        <translation>ธรรมาภิบาลข้อมูล(&amp;A)</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>ธรรมาภิบาลข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Cybersecurity</source>
        <translation>ความมั่นคงปลอดภัยไซเบอร์(&amp;C)</translation>
    </message>
    <message>
        <source>Cybersecurity</source>
        <translation>ความมั่นคงปลอดภัยไซเบอร์</translation>
    </message>
</context>
<context>
    <name>SlideTitlesEditor</name>
    <message>
        <source>Slide</source>
        <translation>สไลด์</translation>
    </message>
    <message>
        <source>Made from your figures</source>
        <translation>สร้างจากตัวเลขของคุณ</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>หัวข้อของคุณ</translation>
    </message>
    <message>
        <source>Working out the title...</source>
        <translation>กำลังสร้างหัวข้อ...</translation>
    </message>
    <message>
        <source>Slide titles</source>
        <translation>หัวข้อสไลด์</translation>
    </message>
    <message>
        <source>Each slide of the deck opens with a title made from your figures. Write your own to replace it: it is printed as written and kept in the project file. Clear it to use the one made from your figures again.</source>
        <translation>สไลด์แต่ละหน้าของสไลด์นำเสนอเริ่มด้วยหัวข้อที่สร้างจากตัวเลขของคุณ เขียนหัวข้อของคุณเองเพื่อใช้แทน หัวข้อนั้นจะพิมพ์ตามที่เขียนไว้และเก็บในไฟล์โครงการ ลบออกเพื่อกลับไปใช้หัวข้อที่สร้างจากตัวเลขของคุณ</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>เริ่มต้น</translation>
    </message>
    <message>
        <source>Open a proposal, start a new one, or explore a sample. Then give the proposal its name.</source>
        <translation>เปิดข้อเสนอโครงการ เริ่มข้อเสนอใหม่ หรือดูตัวอย่าง จากนั้นตั้งชื่อข้อเสนอโครงการ</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>เริ่มงาน</translation>
    </message>
    <message>
        <source>Ne&amp;w proposal</source>
        <translation>ข้อเสนอโครงการใหม่(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open a file...</source>
        <translation>เปิดไฟล์(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>ตัวอย่าง(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>ไฟล์ล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>ไฟล์ล่าสุด</translation>
    </message>
    <message>
        <source>Open the selected sa&amp;mple</source>
        <translation>เปิดตัวอย่างที่เลือก(&amp;M)</translation>
    </message>
    <message>
        <source>Open the selected recent f&amp;ile</source>
        <translation>เปิดไฟล์ล่าสุดที่เลือก(&amp;I)</translation>
    </message>
    <message>
        <source>This proposal</source>
        <translation>ข้อเสนอโครงการนี้</translation>
    </message>
    <message>
        <source>&amp;Project name</source>
        <translation>ชื่อโครงการ(&amp;P)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>ชื่อโครงการ</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>ชื่อรอง(&amp;U)</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>ชื่อรอง</translation>
    </message>
    <message>
        <source>Prep&amp;ared by</source>
        <translation>จัดทำโดย(&amp;A)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>จัดทำโดย</translation>
    </message>
    <message>
        <source>&amp;Date of the proposal</source>
        <translation>วันที่ของข้อเสนอโครงการ(&amp;D)</translation>
    </message>
    <message>
        <source>Date of the proposal</source>
        <translation>วันที่ของข้อเสนอโครงการ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ปปปป-ดด-วว</translation>
    </message>
    <message>
        <source>&amp;Confidentiality note</source>
        <translation>หมายเหตุการรักษาความลับ(&amp;C)</translation>
    </message>
    <message>
        <source>Confidentiality note</source>
        <translation>หมายเหตุการรักษาความลับ</translation>
    </message>
    <message>
        <source>I&amp;llustrative example</source>
        <translation>ตัวอย่างเพื่อการอธิบาย(&amp;L)</translation>
    </message>
    <message>
        <source>Illustrative example</source>
        <translation>ตัวอย่างเพื่อการอธิบาย</translation>
    </message>
    <message>
        <source>Number forma&amp;t</source>
        <translation>รูปแบบตัวเลข(&amp;T)</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>รูปแบบตัวเลข</translation>
    </message>
</context>
<context>
    <name>VisionPage</name>
    <message>
        <source>Vision</source>
        <translation>วิสัยทัศน์</translation>
    </message>
    <message>
        <source>What will be different, for whom, by when: in numbers.</source>
        <translation>อะไรจะเปลี่ยนไป เพื่อใคร ภายในเมื่อใด: เป็นตัวเลข</translation>
    </message>
    <message>
        <source>The vision</source>
        <translation>วิสัยทัศน์ของโครงการ</translation>
    </message>
    <message>
        <source>V&amp;ision statement</source>
        <translation>ข้อความวิสัยทัศน์(&amp;I)</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>ข้อความวิสัยทัศน์</translation>
    </message>
    <message>
        <source>H&amp;orizon year</source>
        <translation>ปีเป้าหมาย(&amp;O)</translation>
    </message>
    <message>
        <source>Horizon year</source>
        <translation>ปีเป้าหมาย</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>เช่น 2030</translation>
    </message>
    <message>
        <source>Alignment with priorities</source>
        <translation>ความสอดคล้องกับลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>&amp;Social priorities served</source>
        <translation>ลำดับความสำคัญด้านสังคมที่ตอบสนอง(&amp;S)</translation>
    </message>
    <message>
        <source>Social priorities served</source>
        <translation>ลำดับความสำคัญด้านสังคมที่ตอบสนอง</translation>
    </message>
    <message>
        <source>E&amp;conomic priorities served</source>
        <translation>ลำดับความสำคัญด้านเศรษฐกิจที่ตอบสนอง(&amp;C)</translation>
    </message>
    <message>
        <source>Economic priorities served</source>
        <translation>ลำดับความสำคัญด้านเศรษฐกิจที่ตอบสนอง</translation>
    </message>
    <message>
        <source>Envi&amp;ronmental priorities served</source>
        <translation>ลำดับความสำคัญด้านสิ่งแวดล้อมที่ตอบสนอง(&amp;R)</translation>
    </message>
    <message>
        <source>Environmental priorities served</source>
        <translation>ลำดับความสำคัญด้านสิ่งแวดล้อมที่ตอบสนอง</translation>
    </message>
    <message>
        <source>Benefits (one per line)</source>
        <translation>ประโยชน์ (บรรทัดละหนึ่งข้อ)</translation>
    </message>
    <message>
        <source>Benefi&amp;ts for citizens</source>
        <translation>ประโยชน์ต่อประชาชน(&amp;T)</translation>
    </message>
    <message>
        <source>Benefits for citizens</source>
        <translation>ประโยชน์ต่อประชาชน</translation>
    </message>
    <message>
        <source>Benefits for b&amp;usinesses</source>
        <translation>ประโยชน์ต่อภาคธุรกิจ(&amp;U)</translation>
    </message>
    <message>
        <source>Benefits for businesses</source>
        <translation>ประโยชน์ต่อภาคธุรกิจ</translation>
    </message>
    <message>
        <source>Headline targets</source>
        <translation>เป้าหมายหลัก</translation>
    </message>
</context>
</TS>

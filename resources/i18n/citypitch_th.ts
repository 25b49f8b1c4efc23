<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>the copy was discarded while it was being written</source>
        <extracomment>Quiet time after the last edit before an autosave (milliseconds). Longest time an edit waits for an autosave while the user keeps editing (milliseconds). When (time.monotonic) the snapshot behind the last successful autosave was taken; None until the first one.</extracomment>
        <translation>สำเนาถูกยกเลิกระหว่างที่กำลังเขียน</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>บันทึกอัตโนมัติไม่สำเร็จ: %1</translation>
    </message>
</context>
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
    <name>Compare</name>
    <message>
        <source>Changed</source>
        <extracomment>The dialog&apos;s words are in the interface&apos;s language; &quot;Save as text&quot; writes ``citypitch diff``&apos;s English.</extracomment>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>ย้าย</translation>
    </message>
    <message>
        <source>Total capex</source>
        <extracomment>The key figures&apos; names, by :class:`wizard.review.diff.Figure` id.</extracomment>
        <translation>เงินลงทุนรวม (capex)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>มูลค่าปัจจุบันสุทธิ (NPV)</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>อัตราผลตอบแทนภายใน (IRR)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>ระยะเวลาคืนทุน</translation>
    </message>
    <message>
        <source>Capex not yet committed</source>
        <translation>เงินลงทุน (capex) ที่ยังไม่มีแหล่งเงินยืนยัน (เงินทุนส่วนที่ยังขาด)</translation>
    </message>
    <message>
        <source>deal-breaker</source>
        <translation>ข้อบกพร่องร้ายแรง</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>คำแนะนำ</translation>
    </message>
    <message>
        <source>%1 (current draft)</source>
        <extracomment>More changes than this are shown without measuring each row&apos;s height (it would take seconds).</extracomment>
        <translation>%1 (ฉบับร่างปัจจุบัน)</translation>
    </message>
    <message>
        <source>%1 @ version %2 &quot;%3&quot; (saved %4 by %5)</source>
        <translation>%1 @ เวอร์ชัน %2 “%3” (บันทึกเมื่อ %4 โดย %5)</translation>
    </message>
    <message>
        <source>%1 @ version %2 &quot;%3&quot; (saved %4)</source>
        <translation>%1 @ เวอร์ชัน %2 “%3” (บันทึกเมื่อ %4)</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <translation>(คำนวณไม่ได้)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ปี</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(ยังไม่ได้ประเมิน)</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>คะแนนความพร้อมด้านการลงทุน: %1 → %2</translation>
    </message>
    <message>
        <source>Score: %1 (no change)</source>
        <translation>คะแนนความพร้อมด้านการลงทุน: %1 (ไม่เปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Band: %1 → %2</source>
        <translation>ระดับความพร้อม: %1 → %2</translation>
    </message>
    <message>
        <source>Band: %1 (no change)</source>
        <translation>ระดับความพร้อม: %1 (ไม่เปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Findings that went (%1):</source>
        <translation>ข้อสังเกตที่หมดไป (%1):</translation>
    </message>
    <message>
        <source>Findings that appeared (%1):</source>
        <translation>ข้อสังเกตที่เกิดขึ้นใหม่ (%1):</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอโครงการทั้งฉบับ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings: the same</source>
        <translation>ข้อสังเกต: เหมือนเดิม</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>การเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>เดิม: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>ใหม่: %1</translation>
    </message>
    <message>
        <source>No differences: the two proposals hold the same content.</source>
        <translation>ไม่มีความแตกต่าง ข้อเสนอโครงการทั้งสองฉบับมีเนื้อหาเหมือนกัน</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>ตัวเลขสำคัญ</translation>
    </message>
    <message>
        <source>Key figures, old and new</source>
        <translation>ตัวเลขสำคัญ เดิมและใหม่</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>เดิม</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>ความพร้อมด้านการลงทุน</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>การเปลี่ยนแปลง (%1)</translation>
    </message>
    <message>
        <source>Changes, old and new side by side</source>
        <translation>การเปลี่ยนแปลง เดิมและใหม่เทียบกัน</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Word by word ([-removed-] {+added+}):</source>
        <translation>ทีละคำ ([-ลบ-] {+เพิ่ม+}):</translation>
    </message>
    <message>
        <source>The selected change, word by word</source>
        <translation>การเปลี่ยนแปลงที่เลือก ทีละคำ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Select a changed field to see it word by word: removed words struck through, added words marked.</source>
        <translation>เลือกช่องข้อมูลที่ถูกแก้ไขเพื่อดูทีละคำ คำที่ถูกลบจะมีเส้นขีดทับ คำที่เพิ่มจะถูกเน้นไว้</translation>
    </message>
    <message>
        <source>%1, word by word:</source>
        <translation>%1 ทีละคำ:</translation>
    </message>
</context>
<context>
    <name>Consult</name>
    <message>
        <source>Open</source>
        <translation>ยังเปิดอยู่</translation>
    </message>
    <message>
        <source>No longer attached</source>
        <translation>ไม่ได้ผูกกับช่องใดแล้ว</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1 โดย %2</translation>
    </message>
    <message>
        <source>%1, 1 reply</source>
        <translation>%1 ตอบกลับ 1 รายการ</translation>
    </message>
    <message>
        <source>%1, %2 replies</source>
        <translation>%1 ตอบกลับ %2 รายการ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ยังเปิดอยู่</translation>
    </message>
    <message>
        <source>resolved by %1 on %2</source>
        <translation>%1 ปิดเรื่องเมื่อ %2</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>%1 ปิดเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Comment %1 on %2</source>
        <translation>ความคิดเห็นที่ %1 ต่อ %2</translation>
    </message>
    <message>
        <source>The field or row it was on is gone (it comes back if the row does).</source>
        <translation>ช่องหรือแถวที่ความคิดเห็นนี้อยู่ถูกลบไปแล้ว (จะกลับมาหากแถวนั้นกลับมา)</translation>
    </message>
    <message>
        <source>Reply by %1, %2:</source>
        <translation>คำตอบจาก %1 เมื่อ %2:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comments</source>
        <extracomment>The markers, panels and status line now show the review part as it is (tests wait for it). True when a table holding comments changed since they were last re-anchored. Raised whenever rows holding comments may have moved (what the overview was made for is kept).</extracomment>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <source>The selected comment and its replies</source>
        <translation>ความคิดเห็นที่เลือกและคำตอบ</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>ไปยังช่องข้อมูล(&amp;G)</translation>
    </message>
    <message>
        <source>Show the field or row the comment is on</source>
        <translation>แสดงช่องหรือแถวที่ความคิดเห็นนี้อยู่</translation>
    </message>
    <message>
        <source>Re&amp;ply...</source>
        <translation>ตอบกลับ(&amp;P)...</translation>
    </message>
    <message>
        <source>Answer the selected comment</source>
        <translation>ตอบความคิดเห็นที่เลือก</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>ปิดเรื่อง(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the selected comment resolved</source>
        <translation>ทำเครื่องหมายว่าความคิดเห็นที่เลือกแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>เปิดอีกครั้ง(&amp;N)</translation>
    </message>
    <message>
        <source>Open the selected comment again</source>
        <translation>เปิดความคิดเห็นที่เลือกอีกครั้ง</translation>
    </message>
    <message>
        <source>Comment on the &amp;whole proposal...</source>
        <translation>แสดงความคิดเห็นต่อข้อเสนอโครงการทั้งฉบับ(&amp;W)...</translation>
    </message>
    <message>
        <source>A comment that is on no one field (right-click a field or a table row to comment on it)</source>
        <translation>ความคิดเห็นที่ไม่ได้ผูกกับช่องใดช่องหนึ่ง (คลิกขวาที่ช่องหรือแถวในตารางเพื่อแสดงความคิดเห็นต่อช่องนั้น)</translation>
    </message>
    <message>
        <source>The comments cannot be shown.</source>
        <translation>แสดงความคิดเห็นไม่ได้</translation>
    </message>
    <message>
        <source>No comments yet. Right-click a field or a table row to comment on it.</source>
        <translation>ยังไม่มีความคิดเห็น คลิกขวาที่ช่องหรือแถวในตารางเพื่อแสดงความคิดเห็น</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved, %3 no longer attached.</source>
        <translation>ยังเปิดอยู่ %1 แก้ไขแล้ว %2 ไม่ได้ผูกกับช่องใดแล้ว %3</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved.</source>
        <translation>ยังเปิดอยู่ %1 แก้ไขแล้ว %2</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>อ่านอย่างเดียว: %1</translation>
    </message>
    <message>
        <source>&amp;Save as text...</source>
        <translation>บันทึกเป็นข้อความ(&amp;S)...</translation>
    </message>
    <message>
        <source>Write this comparison to a text file</source>
        <translation>บันทึกผลการเปรียบเทียบนี้เป็นไฟล์ข้อความ</translation>
    </message>
    <message>
        <source>C&amp;opy as text</source>
        <translation>คัดลอกเป็นข้อความ(&amp;O)</translation>
    </message>
    <message>
        <source>Put this comparison on the clipboard as text</source>
        <translation>คัดลอกผลการเปรียบเทียบนี้ไปยังคลิปบอร์ดเป็นข้อความ</translation>
    </message>
    <message>
        <source>comments</source>
        <extracomment>What a review action changes, as the guard&apos;s questions name it (translated when shown).</extracomment>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <source>saved versions</source>
        <translation>เวอร์ชันที่บันทึกไว้</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>การอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <source>Versions and sign-off</source>
        <translation>เวอร์ชันและการอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>Save a &amp;version...</source>
        <translation>บันทึกเวอร์ชัน(&amp;V)...</translation>
    </message>
    <message>
        <source>Compare &amp;with...</source>
        <translation>เปรียบเทียบกับ(&amp;W)...</translation>
    </message>
    <message>
        <source>Export review &amp;memo...</source>
        <translation>ส่งออกบันทึกการทบทวน(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Comment on the whole proposal...</source>
        <translation>แสดงความคิดเห็นต่อข้อเสนอโครงการทั้งฉบับ(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Sign off...</source>
        <translation>การอนุมัติขั้นสุดท้าย(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Require a sign-off for a final export</source>
        <translation>กำหนดให้ต้องมีการอนุมัติขั้นสุดท้ายก่อนส่งออกฉบับสมบูรณ์(&amp;R)</translation>
    </message>
    <message>
        <source>Add session &amp;notes...</source>
        <translation>เพิ่มบันทึกการประชุม(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Your name...</source>
        <translation>ชื่อของคุณ(&amp;Y)...</translation>
    </message>
    <message>
        <source>Commen&amp;ts panel</source>
        <translation>แผงความคิดเห็น(&amp;T)</translation>
    </message>
    <message>
        <source>Versions and sign-&amp;off panel</source>
        <translation>แผงเวอร์ชันและการอนุมัติขั้นสุดท้าย(&amp;O)</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>การปรึกษา</translation>
    </message>
    <message>
        <source>Comments and versions are now recorded as written by %1.</source>
        <translation>ต่อจากนี้ความคิดเห็นและเวอร์ชันจะบันทึกว่าเขียนโดย %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>ข้อเสนอโครงการนี้เปิดแบบอ่านอย่างเดียว: %1</translation>
    </message>
    <message>
        <source>“%1” is a plain proposal file (JSON), which cannot hold %2. Comments, saved versions and sign-offs are kept inside a .citypitch file.

Save the proposal as a .citypitch file now, then carry on?</source>
        <translation>“%1” เป็นไฟล์ข้อเสนอโครงการแบบธรรมดา (JSON) ซึ่งเก็บ %2 ไม่ได้ ความคิดเห็น เวอร์ชันที่บันทึกไว้ และการอนุมัติขั้นสุดท้ายจะเก็บอยู่ในไฟล์ .citypitch

บันทึกข้อเสนอโครงการเป็นไฟล์ .citypitch ตอนนี้แล้วทำต่อหรือไม่</translation>
    </message>
    <message>
        <source>Save as a .citypitch file first</source>
        <translation>บันทึกเป็นไฟล์ .citypitch ก่อน</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>บันทึกเป็น...</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>ข้อเสนอโครงการทั้งฉบับ</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>เรื่อง: %1</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>ความคิดเห็น(&amp;C):</translation>
    </message>
    <message>
        <source>Add a comment on %1</source>
        <translation>เพิ่มความคิดเห็นเรื่อง %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>ตอบกลับ</translation>
    </message>
    <message>
        <source>Reply to comment %1 by %2 on %3:</source>
        <translation>ตอบกลับความคิดเห็นที่ %1 ของ %2 เรื่อง %3:</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>คำตอบ(&amp;R):</translation>
    </message>
    <message>
        <source>Reply to comment %1</source>
        <translation>ตอบกลับความคิดเห็นที่ %1</translation>
    </message>
    <message>
        <source>Resolve comment %1</source>
        <translation>ปิดความคิดเห็นที่ %1 ว่าแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Reopen comment %1</source>
        <translation>เปิดความคิดเห็นที่ %1 อีกครั้ง</translation>
    </message>
    <message>
        <source>%1 open comment</source>
        <translation>ความคิดเห็นที่ยังเปิดอยู่ %1 รายการ</translation>
    </message>
    <message>
        <source>%1 open comments</source>
        <translation>ความคิดเห็นที่ยังเปิดอยู่ %1 รายการ</translation>
    </message>
    <message>
        <source>Save version “%1”</source>
        <translation>บันทึกเวอร์ชัน “%1”</translation>
    </message>
    <message>
        <source>Saved version %1, “%2” (score %3, %4). Save the file to keep it.</source>
        <translation>บันทึกเวอร์ชัน %1 “%2” แล้ว (คะแนน %3 %4) บันทึกไฟล์เพื่อเก็บเวอร์ชันนี้ไว้</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <source>Version %1 cannot be opened</source>
        <translation>เปิดเวอร์ชัน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>ข้อเสนอโครงการที่ยังไม่มีชื่อ</translation>
    </message>
    <message>
        <source>%1 @ version %2 “%3”</source>
        <translation>%1 @ เวอร์ชัน %2 “%3”</translation>
    </message>
    <message>
        <source>this is version %1, “%2”, saved %3 by %4. Restore it from the Versions panel of the proposal&apos;s own window to work on it.</source>
        <translation>นี่คือเวอร์ชัน %1 “%2” ซึ่ง %4 บันทึกเมื่อ %3 หากต้องการแก้ไข ให้กู้คืนจากแผงเวอร์ชันในหน้าต่างของข้อเสนอโครงการเอง</translation>
    </message>
    <message>
        <source>this is version %1, “%2”, saved %3. Restore it from the Versions panel of the proposal&apos;s own window to work on it.</source>
        <translation>นี่คือเวอร์ชัน %1 “%2” ซึ่งบันทึกเมื่อ %3 หากต้องการแก้ไข ให้กู้คืนจากแผงเวอร์ชันในหน้าต่างของข้อเสนอโครงการเอง</translation>
    </message>
    <message>
        <source>The file no longer holds its images %1.</source>
        <translation>ไฟล์นี้ไม่มีรูปภาพ %1 แล้ว</translation>
    </message>
    <message>
        <source>Make version %1, “%2”, the current draft? Undo (Ctrl+Z) takes it back.</source>
        <translation>ใช้เวอร์ชัน %1 “%2” เป็นฉบับร่างปัจจุบันหรือไม่ เลิกทำ (Ctrl+Z) จะย้อนกลับได้</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>กู้คืนเวอร์ชัน</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>The version was not restored</source>
        <translation>ไม่ได้กู้คืนเวอร์ชัน</translation>
    </message>
    <message>
        <source>Restore version %1 “%2”</source>
        <translation>กู้คืนเวอร์ชัน %1 “%2”</translation>
    </message>
    <message>
        <source>Version %1, “%2”, is the current draft. Undo takes it back.</source>
        <translation>เวอร์ชัน %1 “%2” เป็นฉบับร่างปัจจุบันแล้ว เลิกทำจะย้อนกลับได้</translation>
    </message>
    <message>
        <source>Remove version %1, “%2”, from the file? Undo (Ctrl+Z) brings it back until you close the file.</source>
        <translation>ลบเวอร์ชัน %1 “%2” ออกจากไฟล์หรือไม่ เลิกทำ (Ctrl+Z) จะนำกลับมาได้จนกว่าจะปิดไฟล์</translation>
    </message>
    <message>
        <source>Delete a version</source>
        <translation>ลบเวอร์ชัน</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Delete version %1 “%2”</source>
        <translation>ลบเวอร์ชัน %1 “%2”</translation>
    </message>
    <message>
        <source>Current proposal</source>
        <translation>ข้อเสนอโครงการปัจจุบัน</translation>
    </message>
    <message>
        <source>Cannot compare with this file</source>
        <translation>เปรียบเทียบกับไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>Save the comparison as text</source>
        <translation>บันทึกผลการเปรียบเทียบเป็นข้อความ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>The comparison was not written</source>
        <translation>ไม่ได้เขียนผลการเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Wrote the comparison to %1</source>
        <translation>เขียนผลการเปรียบเทียบไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>You are signing off the current content, which is saved version %1, “%2”.</source>
        <translation>คุณกำลังให้การอนุมัติขั้นสุดท้ายแก่เนื้อหาปัจจุบัน ซึ่งคือเวอร์ชันที่บันทึกไว้ %1 “%2”</translation>
    </message>
    <message>
        <source>You are signing off the current content. It is not a saved version yet, so it will be saved as one, so that what was approved can always be opened again.</source>
        <translation>คุณกำลังให้การอนุมัติขั้นสุดท้ายแก่เนื้อหาปัจจุบัน ซึ่งยังไม่ได้บันทึกเป็นเวอร์ชัน จึงจะบันทึกเป็นเวอร์ชันหนึ่งเพื่อให้เปิดสิ่งที่อนุมัติแล้วได้เสมอ</translation>
    </message>
    <message>
        <source>Any later edit makes the sign-off stale; undoing the edit makes it current again.</source>
        <translation>การแก้ไขใด ๆ หลังจากนี้จะทำให้การอนุมัติขั้นสุดท้ายล้าสมัย การเลิกทำการแก้ไขนั้นจะทำให้กลับมามีผลอีกครั้ง</translation>
    </message>
    <message>
        <source>The export keeps its DRAFT mark all the same while %1.</source>
        <translation>อย่างไรก็ตาม ไฟล์ที่ส่งออกจะยังมีเครื่องหมาย DRAFT ตราบที่ %1</translation>
    </message>
    <message>
        <source>Sign off as %1</source>
        <translation>ให้การอนุมัติขั้นสุดท้ายในนาม %1</translation>
    </message>
    <message>
        <source>Signed off by %1 (version %2, “%3”).</source>
        <translation>%1 ให้การอนุมัติขั้นสุดท้ายแล้ว (เวอร์ชัน %2 “%3”)</translation>
    </message>
    <message>
        <source>Require a sign-off</source>
        <translation>กำหนดให้ต้องมีการอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>Stop requiring a sign-off</source>
        <translation>เลิกกำหนดให้ต้องมีการอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>Add session notes of %1</source>
        <translation>เพิ่มบันทึกการประชุมวันที่ %1</translation>
    </message>
    <message>
        <source>The review memo cannot be written</source>
        <translation>เขียนบันทึกการทบทวนไม่ได้</translation>
    </message>
    <message>
        <source>Export the review memo</source>
        <translation>ส่งออกบันทึกการทบทวน</translation>
    </message>
    <message>
        <source>The review memo was not written</source>
        <translation>ไม่ได้เขียนบันทึกการทบทวน</translation>
    </message>
    <message>
        <source>Wrote the review memo to %1</source>
        <translation>เขียนบันทึกการทบทวนไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ชื่อกำกับ</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>การอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกเมื่อ</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>ความพร้อมด้านการลงทุน</translation>
    </message>
    <message>
        <source>Signed off by %1, %2 on %3</source>
        <translation>%1 (%2) ให้การอนุมัติขั้นสุดท้ายเมื่อ %3</translation>
    </message>
    <message>
        <source>Signed off by %1 on %3</source>
        <translation>%1 ให้การอนุมัติขั้นสุดท้ายเมื่อ %3</translation>
    </message>
    <message>
        <source>Sign-off by %1 on %2 is stale: the proposal has changed since</source>
        <translation>การอนุมัติขั้นสุดท้ายโดย %1 เมื่อ %2 ล้าสมัยแล้ว เพราะข้อเสนอโครงการมีการเปลี่ยนแปลงหลังจากนั้น</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>ยังไม่มีการอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>%1 (sign-off is required for a final export)</source>
        <translation>%1 (ต้องมีการอนุมัติขั้นสุดท้ายก่อนส่งออกฉบับสมบูรณ์)</translation>
    </message>
    <message>
        <source>Sign-off: cannot be read (%1)</source>
        <translation>การอนุมัติขั้นสุดท้าย: อ่านไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>. The draft is version %1, “%2”</source>
        <translation>. ฉบับร่างนี้คือเวอร์ชัน %1 “%2”</translation>
    </message>
    <message>
        <source>Keep the proposal as it is now in the file, under a label</source>
        <translation>เก็บข้อเสนอโครงการตามสภาพปัจจุบันไว้ในไฟล์ พร้อมชื่อกำกับ</translation>
    </message>
    <message>
        <source>Sign o&amp;ff...</source>
        <translation>การอนุมัติขั้นสุดท้าย(&amp;F)...</translation>
    </message>
    <message>
        <source>Approve the current content in your name (any later edit makes it stale)</source>
        <translation>อนุมัติเนื้อหาปัจจุบันในนามของคุณ (การแก้ไขภายหลังทำให้การอนุมัติหมดผล)</translation>
    </message>
    <message>
        <source>Write something first; an empty comment cannot be recorded.</source>
        <translation>โปรดเขียนข้อความก่อน ความคิดเห็นที่ว่างเปล่าจะบันทึกไม่ได้</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <source>Comments, replies, saved versions and session notes record who wrote them. Your name is kept on this computer and used from now on.</source>
        <translation>ความคิดเห็น คำตอบ เวอร์ชันที่บันทึก และบันทึกการประชุมจะระบุผู้เขียนไว้ ชื่อของคุณจะเก็บไว้ในคอมพิวเตอร์เครื่องนี้และใช้ต่อจากนี้</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>Write your name (for example Maya Tan, Lumara Smart City Office).</source>
        <translation>โปรดเขียนชื่อของคุณ (เช่น Maya Tan, Lumara Smart City Office)</translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation>บันทึกเวอร์ชัน</translation>
    </message>
    <message>
        <source>The whole proposal and its images are kept in the file as they are now, under this label. You can open, compare or restore it later.</source>
        <translation>ข้อเสนอโครงการทั้งฉบับและรูปภาพจะถูกเก็บไว้ในไฟล์ตามสภาพปัจจุบันภายใต้ชื่อกำกับนี้ คุณเปิด เปรียบเทียบ หรือเรียกคืนได้ภายหลัง</translation>
    </message>
    <message>
        <source>After workshop 2</source>
        <translation>หลังการประชุมเชิงปฏิบัติการครั้งที่ 2</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ชื่อกำกับ(&amp;L):</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>การอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>Lead consultant</source>
        <translation>ที่ปรึกษาหลัก</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;name:</source>
        <translation>ชื่อผู้อนุมัติ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>บทบาท(&amp;R):</translation>
    </message>
    <message>
        <source>A sign-off needs the reviewer&apos;s name.</source>
        <translation>การอนุมัติขั้นสุดท้ายต้องมีชื่อผู้อนุมัติ</translation>
    </message>
    <message>
        <source>Attendees, one a line</source>
        <translation>ผู้เข้าร่วม บรรทัดละหนึ่งคน</translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation>เรื่องที่หารือและตกลงกัน</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>วันที่(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Attendees (one a line):</source>
        <translation>ผู้เข้าร่วม (บรรทัดละหนึ่งคน)(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>บันทึก(&amp;N):</translation>
    </message>
    <message>
        <source>Write who attended or what was discussed.</source>
        <translation>โปรดเขียนชื่อผู้เข้าร่วมหรือเรื่องที่หารือ</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>เปรียบเทียบกับ</translation>
    </message>
    <message>
        <source>Compare the current draft with:</source>
        <translation>เปรียบเทียบฉบับร่างปัจจุบันกับ:</translation>
    </message>
    <message>
        <source>A saved &amp;version of this proposal</source>
        <translation>เวอร์ชันที่บันทึกไว้ของข้อเสนอโครงการนี้(&amp;V)</translation>
    </message>
    <message>
        <source>Another proposal &amp;file...</source>
        <translation>ไฟล์ข้อเสนอโครงการอื่น(&amp;F)...</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>เวอร์ชันที่บันทึกไว้</translation>
    </message>
    <message>
        <source>%1. %2 (saved %3 by %4)</source>
        <translation>%1. %2 (บันทึกเมื่อ %3 โดย %4)</translation>
    </message>
    <message>
        <source>%1. %2 (saved %3)</source>
        <translation>%1. %2 (บันทึกเมื่อ %3)</translation>
    </message>
    <message>
        <source>A saved version of this proposal (the file has none yet)</source>
        <translation>เวอร์ชันที่บันทึกไว้ของข้อเสนอโครงการนี้ (ไฟล์ยังไม่มี)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>เปรียบเทียบ</translation>
    </message>
    <message>
        <source>Choose a version in the list, or another file.</source>
        <translation>โปรดเลือกเวอร์ชันในรายการ หรือไฟล์อื่น</translation>
    </message>
    <message>
        <source>Require a sign-off for an export without the DRAFT mark</source>
        <translation>กำหนดให้ต้องมีการอนุมัติขั้นสุดท้ายจึงจะส่งออกโดยไม่มีเครื่องหมาย DRAFT ได้</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>เปิดแบบอ่านอย่างเดียว(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected version in a read-only window</source>
        <translation>แสดงเวอร์ชันที่เลือกในหน้าต่างแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>เปรียบเทียบ(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the selected version with the current draft (or two selected versions)</source>
        <translation>เปรียบเทียบเวอร์ชันที่เลือกกับฉบับร่างปัจจุบัน (หรือสองเวอร์ชันที่เลือก)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>เรียกคืน(&amp;R)</translation>
    </message>
    <message>
        <source>Make the selected version the current draft (Undo takes it back)</source>
        <translation>ใช้เวอร์ชันที่เลือกเป็นฉบับร่างปัจจุบัน (เลิกทำเพื่อย้อนกลับได้)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected version from the file (Undo brings it back)</source>
        <translation>ลบเวอร์ชันที่เลือกออกจากไฟล์ (เลิกทำเพื่อนำกลับมาได้)</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <source>Record the date, who attended and what was discussed</source>
        <translation>บันทึกวันที่ ผู้เข้าร่วม และเรื่องที่หารือ</translation>
    </message>
    <message>
        <source>Session notes and comments as a Markdown memo for the team (never for investors)</source>
        <translation>บันทึกการประชุมและความคิดเห็นในรูปบันทึก Markdown สำหรับทีม (ไม่ใช่สำหรับนักลงทุน)</translation>
    </message>
    <message>
        <source>(current draft)</source>
        <translation>(ฉบับร่างปัจจุบัน)</translation>
    </message>
    <message>
        <source>No session notes yet.</source>
        <translation>ยังไม่มีบันทึกการประชุม</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 และ %2</translation>
    </message>
    <message>
        <source>1 open comment, by %2</source>
        <translation>ความคิดเห็นที่ยังเปิดอยู่ 1 รายการ โดย %2</translation>
    </message>
    <message>
        <source>%1 open comments, by %2</source>
        <translation>ความคิดเห็นที่ยังเปิดอยู่ %1 รายการ โดย %2</translation>
    </message>
    <message>
        <source>Reply by %1: %2</source>
        <extracomment>A marker&apos;s tooltip shows this many comments whole; the rest are counted (all are in the panel).</extracomment>
        <translation>คำตอบจาก %1: %2</translation>
    </message>
    <message>
        <source>And %1 more: see them all in the Comments panel.</source>
        <translation>และอีก %1 รายการ ดูทั้งหมดได้ในแผงความคิดเห็น</translation>
    </message>
    <message>
        <source>Comment on %1...</source>
        <extracomment>What a menu entry asks for: a comment on this path.</extracomment>
        <translation>แสดงความคิดเห็นต่อ %1...</translation>
    </message>
    <message>
        <source>Comment on %1 in row %2 of %3...</source>
        <translation>แสดงความคิดเห็นต่อ %1 ในแถวที่ %2 ของ %3...</translation>
    </message>
    <message>
        <source>Comment on row %1 of %2...</source>
        <translation>แสดงความคิดเห็นต่อแถวที่ %1 ของ %2...</translation>
    </message>
    <message>
        <source>Comment on the whole table %1...</source>
        <translation>แสดงความคิดเห็นต่อตาราง %1 ทั้งตาราง...</translation>
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
        <translation>%1 และ %2</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>อักขระควบคุม</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>อีโมจิ</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>สัญลักษณ์</translation>
    </message>
    <message>
        <source>unnamed characters</source>
        <translation>อักขระที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Chinese characters (outside the bundled Japanese set)</source>
        <translation>อักษรจีน (นอกชุดอักษรญี่ปุ่นที่มาพร้อมโปรแกรม)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>อักษรกรีก</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>อักษรเกาหลี (ฮันกึล)</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>อักษรละติน</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>อักษรซีริลลิก</translation>
    </message>
    <message>
        <source>The bundled fonts cannot draw the %1 characters here (%2): the PDF export refuses this text until they are removed or replaced.</source>
        <translation>ฟอนต์ที่มากับโปรแกรมแสดง %1 ในช่องนี้ไม่ได้ (%2): การส่งออก PDF จะไม่รับข้อความนี้จนกว่าจะลบหรือแทนที่อักขระเหล่านั้น</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 และอีก %2 ตัว</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>บรรทัดที่ %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>แถวที่ %1 ช่อง %2: %3</translation>
    </message>
    <message>
        <source>the bundled fonts cannot draw some of the text, and an investor would see empty boxes: %1. The fonts cover %2: remove or replace these characters</source>
        <translation>ฟอนต์ที่มากับโปรแกรมแสดงข้อความบางส่วนไม่ได้ นักลงทุนจะเห็นเป็นกล่องว่างแทน: %1 ฟอนต์รองรับ%2 โปรดลบหรือแทนที่อักขระเหล่านี้</translation>
    </message>
    <message>
        <source>%1 has %2 text (%3)</source>
        <translation>%1 มี%2 (%3)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 และ %2</translation>
    </message>
    <message>
        <source>%1; and %2 more field(s)</source>
        <translation>%1 และอีก %2 ช่อง</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1 (ไม่มีการเขียนไฟล์ใด ๆ)</translation>
    </message>
    <message>
        <source>Latin (with Vietnamese), Greek, Cyrillic, Japanese, Thai, Khmer, Lao and Burmese</source>
        <translation>อักษรละติน (รวมภาษาเวียดนาม) กรีก ซีริลลิก ญี่ปุ่น ไทย เขมร ลาว และพม่า</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>แถวที่ %1 คอลัมน์ %2 (%3): %4</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>แถวที่ %1 คอลัมน์ %2: %3</translation>
    </message>
    <message>
        <source>%1: only .xlsx and .csv files can be brought in</source>
        <translation>%1: นำเข้าได้เฉพาะไฟล์ .xlsx และ .csv</translation>
    </message>
    <message>
        <source>%1: the file could not be read (%2)</source>
        <translation>%1: อ่านไฟล์ไม่ได้ (%2)</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; spreadsheets up to %3 MB can be brought in</source>
        <translation>%1: ไฟล์มีขนาด %2 MB นำเข้าสเปรดชีตได้ไม่เกิน %3 MB</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text; save it from your spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>%1: ไฟล์นี้ไม่ใช่ข้อความ UTF-8 โปรดบันทึกจากสเปรดชีตเป็น &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>%1: the file is not a CSV text file</source>
        <translation>%1: ไฟล์นี้ไม่ใช่ไฟล์ข้อความ CSV</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; bring in the yearly lines only</source>
        <translation>%1: มีมากกว่า %2 แถว โปรดนำเข้าเฉพาะรายการรายปี</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns</source>
        <translation>%1: แถวที่ %2 มีมากกว่า %3 คอลัมน์</translation>
    </message>
    <message>
        <source>%1: this is not an .xlsx workbook (not a zip archive)</source>
        <translation>%1: ไฟล์นี้ไม่ใช่เวิร์กบุ๊ก .xlsx (ไม่ใช่ไฟล์บีบอัด zip)</translation>
    </message>
    <message>
        <source>%1: the workbook has %2 parts; it looks built to overload the reader and is refused</source>
        <translation>%1: เวิร์กบุ๊กมี %2 ส่วน ดูเหมือนสร้างขึ้นเพื่อให้ตัวอ่านทำงานเกินกำลัง จึงไม่รับไฟล์นี้</translation>
    </message>
    <message>
        <source>%1: the workbook would unpack to far more than it holds (a zip bomb); it is refused</source>
        <translation>%1: เวิร์กบุ๊กจะคลายออกมาใหญ่กว่าขนาดจริงมาก (zip bomb) จึงไม่รับไฟล์นี้</translation>
    </message>
    <message>
        <source>%1: the workbook links to other files (external links); paste the values into a plain sheet and bring that in</source>
        <translation>%1: เวิร์กบุ๊กลิงก์ไปยังไฟล์อื่น (ลิงก์ภายนอก) โปรดวางค่าลงในชีตธรรมดาแล้วนำเข้าชีตนั้น</translation>
    </message>
    <message>
        <source>%1: the workbook contains macros; save a copy without macros (.xlsx) and bring that in</source>
        <translation>%1: เวิร์กบุ๊กมีมาโคร โปรดบันทึกสำเนาที่ไม่มีมาโคร (.xlsx) แล้วนำเข้าสำเนานั้น</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s XML declares entities (%2); it is refused</source>
        <translation>%1: XML ของเวิร์กบุ๊กประกาศเอนทิตี (%2) จึงไม่รับไฟล์นี้</translation>
    </message>
    <message>
        <source>%1: the workbook could not be read (%2)</source>
        <translation>%1: อ่านเวิร์กบุ๊กไม่ได้ (%2)</translation>
    </message>
    <message>
        <source>%1: there is no sheet named %2 (sheets: %3)</source>
        <translation>%1: ไม่มีชีตชื่อ %2 (ชีตที่มี: %3)</translation>
    </message>
    <message>
        <source>%1: the sheet is empty</source>
        <translation>%1: ชีตนี้ว่างเปล่า</translation>
    </message>
    <message>
        <source>this row has amounts but no year</source>
        <translation>แถวนี้มีจำนวนเงินแต่ไม่มีปี</translation>
    </message>
    <message>
        <source>no column holds the year; name one &apos;Year&apos; or choose it in the mapping</source>
        <translation>ไม่มีคอลัมน์ที่เป็นปี โปรดตั้งชื่อคอลัมน์หนึ่งว่า &apos;Year&apos; หรือเลือกคอลัมน์นั้นในการจับคู่คอลัมน์</translation>
    </message>
    <message>
        <source>the %1 must be a number: %2</source>
        <translation>%1 ต้องเป็นตัวเลข: %2</translation>
    </message>
    <message>
        <source>the %1 must be a number</source>
        <translation>%1 ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>the %1 must be at least %2</source>
        <translation>%1 ต้องไม่น้อยกว่า %2</translation>
    </message>
    <message>
        <source>the %1 must be at most %2</source>
        <translation>%1 ต้องไม่เกิน %2</translation>
    </message>
    <message>
        <source>the %1 has too many decimals (at most %2)</source>
        <translation>%1 มีทศนิยมมากเกินไป (ไม่เกิน %2 ตำแหน่ง)</translation>
    </message>
    <message>
        <source>the %1 must be one of: %2</source>
        <translation>%1 ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>the %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a number is needed here</source>
        <translation>ช่องนี้ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>%1 is not a number; write it like %2</source>
        <translation>%1 ไม่ใช่ตัวเลข ให้เขียนแบบ %2</translation>
    </message>
    <message>
        <source>%1 mixes separators in a way that cannot be read; write it like %2</source>
        <translation>%1 ใช้เครื่องหมายคั่นปนกันจนอ่านไม่ได้ ให้เขียนแบบ %2</translation>
    </message>
    <message>
        <source>%1 is not grouped in threes; write it like %2</source>
        <translation>%1 ไม่ได้คั่นทุกสามหลัก ให้เขียนแบบ %2</translation>
    </message>
    <message>
        <source>%1 could be %2 or %3; write %2 for the decimal, or %3 for the whole number</source>
        <translation>%1 อาจหมายถึง %2 หรือ %3 ให้เขียน %2 หากเป็นทศนิยม หรือ %3 หากเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>%1 could be %2 or %3; write %2 for the whole number, %3 for the decimal</source>
        <translation>%1 อาจหมายถึง %2 หรือ %3 ให้เขียน %2 หากเป็นจำนวนเต็ม หรือ %3 หากเป็นทศนิยม</translation>
    </message>
    <message>
        <source>%1 is not a number in this format; write it like %2</source>
        <translation>%1 ไม่ใช่ตัวเลขในรูปแบบนี้ ให้เขียนแบบ %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 หรือ %2</translation>
    </message>
    <message>
        <source>there is no comment %1</source>
        <translation>ไม่มีความคิดเห็นที่ %1</translation>
    </message>
    <message>
        <source>the reply is empty: write what you want to say</source>
        <translation>คำตอบกลับยังว่างอยู่ โปรดเขียนสิ่งที่ต้องการสื่อ</translation>
    </message>
    <message>
        <source>the comment is empty: write what you want to say</source>
        <translation>ความคิดเห็นยังว่างอยู่ โปรดเขียนสิ่งที่ต้องการสื่อ</translation>
    </message>
    <message>
        <source>the reply is too long (%1 characters; at most %2)</source>
        <translation>คำตอบกลับยาวเกินไป (%1 อักขระ สูงสุด %2)</translation>
    </message>
    <message>
        <source>the comment is too long (%1 characters; at most %2)</source>
        <translation>ความคิดเห็นยาวเกินไป (%1 อักขระ สูงสุด %2)</translation>
    </message>
    <message>
        <source>say who the person resolving it is (a name)</source>
        <translation>โปรดระบุชื่อผู้ปิดเรื่อง</translation>
    </message>
    <message>
        <source>say who the author is (a name)</source>
        <translation>โปรดระบุชื่อผู้เขียน</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>ข้อเสนอโครงการทั้งฉบับ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has 1 row, so there is no row %3</source>
        <translation>&apos;%1&apos;: %2 มีเพียง 1 แถว จึงไม่มีแถวที่ %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has %3 rows, so there is no row %4</source>
        <translation>&apos;%1&apos;: %2 มี %3 แถว จึงไม่มีแถวที่ %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>บันทึกการอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>saved versions</source>
        <translation>เวอร์ชันที่บันทึกไว้</translation>
    </message>
    <message>
        <source>contents of the saved versions</source>
        <translation>เนื้อหาของเวอร์ชันที่บันทึกไว้</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged and cannot be read; they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1 (%2) เสียหายและอ่านไม่ได้ ข้อมูลยังคงอยู่ในไฟล์ตามเดิม แต่แก้ไขที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged (not a JSON object); they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1 (%2) เสียหาย (ไม่ใช่ออบเจ็กต์ JSON) ข้อมูลยังคงอยู่ในไฟล์ตามเดิม แต่แก้ไขที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>the %1 (%2) have an unreadable format number %3</source>
        <translation>อ่านหมายเลขรูปแบบ %3 ของ %1 (%2) ไม่ได้</translation>
    </message>
    <message>
        <source>the %1 (%2) were written by a newer CityPitch (format %3); this version keeps them unchanged but cannot show or change them. Update CityPitch</source>
        <translation>%1 (%2) ถูกเขียนด้วย CityPitch เวอร์ชันที่ใหม่กว่า (รูปแบบ %3) เวอร์ชันนี้เก็บข้อมูลไว้ตามเดิมแต่แสดงหรือแก้ไขไม่ได้ โปรดอัปเดต CityPitch</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged (%3); they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1 (%2) เสียหาย (%3) ข้อมูลยังคงอยู่ในไฟล์ตามเดิม แต่แก้ไขที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>the %1 (%2) are nested too deeply to be read</source>
        <translation>%1 (%2) ซ้อนกันลึกเกินกว่าจะอ่านได้</translation>
    </message>
    <message>
        <source>the %1 would take %2 MB, more than a project file may hold in one part (%3 MB); nothing was changed</source>
        <translation>%1 จะมีขนาด %2 MB เกินกว่าที่ไฟล์โครงการเก็บได้ในส่วนเดียว (%3 MB) ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>the file would hold %1 parts, more than CityPitch reads back (%2); delete old versions that use images the draft no longer has, then try again</source>
        <translation>ไฟล์จะมี %1 ส่วน มากกว่าที่ CityPitch อ่านกลับได้ (%2) โปรดลบเวอร์ชันเก่าที่ใช้รูปภาพที่ฉบับร่างไม่มีแล้ว แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the saved versions are damaged (%1); the file keeps them unchanged, but this version cannot be opened</source>
        <translation>เวอร์ชันที่บันทึกไว้เสียหาย (%1) ไฟล์ยังเก็บไว้ตามเดิม แต่เปิดเวอร์ชันนี้ไม่ได้</translation>
    </message>
    <message>
        <source>a version unpacks to more data than any proposal holds</source>
        <translation>มีเวอร์ชันที่คลายออกแล้วมีข้อมูลมากกว่าข้อเสนอโครงการใด ๆ</translation>
    </message>
    <message>
        <source>a value is stored in a form this version does not know</source>
        <translation>มีค่าที่บันทึกในรูปแบบที่ CityPitch เวอร์ชันนี้ไม่รู้จัก</translation>
    </message>
    <message>
        <source>a reference is malformed</source>
        <translation>มีการอ้างอิงที่รูปแบบไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>part %1 is missing</source>
        <translation>ไม่มีส่วน %1</translation>
    </message>
    <message>
        <source>part %1 does not match its checksum</source>
        <translation>ส่วน %1 ไม่ตรงกับค่าตรวจสอบ</translation>
    </message>
    <message>
        <source>part %1 is malformed</source>
        <translation>ส่วน %1 มีรูปแบบไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the contents of the saved versions are damaged (no object table)</source>
        <translation>เนื้อหาของเวอร์ชันที่บันทึกไว้เสียหาย (ไม่มีตารางออบเจ็กต์)</translation>
    </message>
    <message>
        <source>the file has no saved versions</source>
        <translation>ไฟล์นี้ไม่มีเวอร์ชันที่บันทึกไว้</translation>
    </message>
    <message>
        <source>there is no version %1 (versions: %2)</source>
        <translation>ไม่มีเวอร์ชัน %1 (เวอร์ชันที่มี: %2)</translation>
    </message>
    <message>
        <source>no version is labelled %1 (see &apos;citypitch versions FILE&apos;)</source>
        <translation>ไม่มีเวอร์ชันที่มีชื่อกำกับ %1 (ดู &apos;citypitch versions FILE&apos;)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>a version needs a label, such as &apos;After workshop 2&apos;</source>
        <translation>เวอร์ชันต้องมีชื่อกำกับ เช่น &apos;หลังเวิร์กช็อปครั้งที่ 2&apos;</translation>
    </message>
    <message>
        <source>the label is too long (at most %1 characters)</source>
        <translation>ชื่อกำกับยาวเกินไป (ไม่เกิน %1 อักขระ)</translation>
    </message>
    <message>
        <source>a label cannot be only digits (numbers name versions by their number)</source>
        <translation>ชื่อกำกับเป็นตัวเลขล้วนไม่ได้ (ตัวเลขใช้เรียกเวอร์ชันตามหมายเลข)</translation>
    </message>
    <message>
        <source>version %1 is already labelled %2; choose another label</source>
        <translation>เวอร์ชัน %1 มีชื่อกำกับ %2 อยู่แล้ว โปรดเลือกชื่ออื่น</translation>
    </message>
    <message>
        <source>its parts are nested too deeply</source>
        <translation>ส่วนต่าง ๆ ซ้อนกันลึกเกินไป</translation>
    </message>
    <message>
        <source>its top part is not a proposal</source>
        <translation>ส่วนบนสุดไม่ใช่ข้อเสนอโครงการ</translation>
    </message>
    <message>
        <source>version %1 cannot be opened: %2</source>
        <translation>เปิดเวอร์ชัน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>version %1 cannot be restored: the file no longer holds its images %2</source>
        <translation>กู้คืนเวอร์ชัน %1 ไม่ได้ ไฟล์ไม่มีรูปภาพ %2 ของเวอร์ชันนั้นแล้ว</translation>
    </message>
    <message>
        <source>a session note needs notes or attendees</source>
        <translation>บันทึกการประชุมต้องมีเนื้อหาหรือผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>the notes are too long (%1 characters; at most %2)</source>
        <translation>บันทึกยาวเกินไป (%1 อักขระ สูงสุด %2)</translation>
    </message>
    <message>
        <source>a sign-off needs the reviewer&apos;s name</source>
        <translation>การอนุมัติขั้นสุดท้ายต้องมีชื่อผู้อนุมัติ</translation>
    </message>
    <message>
        <source>the sign-off record cannot be read (%1)</source>
        <translation>อ่านบันทึกการอนุมัติขั้นสุดท้ายไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>must be more than %1 and at most %2</source>
        <translation>ต้องมากกว่า %1 และไม่เกิน %2</translation>
    </message>
    <message>
        <source>must be a year between %1 and %2</source>
        <translation>ต้องเป็นปีระหว่าง %1 ถึง %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>ต้องอยู่ระหว่าง %1 ถึง %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>ต้องไม่น้อยกว่า %1</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>ต้องมากกว่า %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>ต้องไม่เกิน %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>must be a year (four digits)</source>
        <translation>ต้องเป็นปี ค.ศ. (ตัวเลขสี่หลัก)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>can have at most %1 decimal places</source>
        <translation>มีทศนิยมได้ไม่เกิน %1 ตำแหน่ง</translation>
    </message>
    <message>
        <source>is too large: it must be between %1 and %2</source>
        <translation>มากเกินไป ต้องอยู่ระหว่าง %1 ถึง %2</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>มากเกินไป</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %1</translation>
    </message>
    <message>
        <source>is not one of the allowed choices</source>
        <translation>ไม่ใช่ตัวเลือกที่ใช้ได้</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>ยาวเกินไป (ไม่เกิน %1 อักขระ)</translation>
    </message>
    <message>
        <source>must be a colour written like #1A6B8C</source>
        <translation>ต้องเป็นสีที่เขียนแบบ #1A6B8C</translation>
    </message>
    <message>
        <source>has the wrong format</source>
        <translation>รูปแบบไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>contains a broken character (half of a UTF-16 pair): the text was damaged on the way; type that part again</source>
        <translation>มีอักขระที่เสียหาย (ครึ่งหนึ่งของคู่ UTF-16) ข้อความเสียหายระหว่างทาง โปรดพิมพ์ส่วนนั้นใหม่</translation>
    </message>
    <message>
        <source>contains a NUL character (a zero byte) at position %1, which text cannot hold: the file is damaged or not text there; remove it</source>
        <translation>มีอักขระ NUL (ไบต์ศูนย์) ที่ตำแหน่งที่ %1 ซึ่งข้อความเก็บไว้ไม่ได้ ไฟล์อาจเสียหายหรือส่วนนั้นไม่ใช่ข้อความ โปรดลบออก</translation>
    </message>
    <message>
        <source>contains a broken character (half of a UTF-16 pair) at position %1: the text was damaged on the way; type that part again</source>
        <translation>มีอักขระที่เสียหาย (ครึ่งหนึ่งของคู่ UTF-16) ที่ตำแหน่งที่ %1 ข้อความเสียหายระหว่างทาง โปรดพิมพ์ส่วนนั้นใหม่</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>ต้องเป็นใช่หรือไม่ใช่</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a date and time written like 2026-11-30T10:00:00</source>
        <translation>ต้องเป็นวันที่และเวลาที่เขียนแบบ 2026-11-30T10:00:00</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>ต้องเป็นรายการ</translation>
    </message>
    <message>
        <source>must be a group of fields (an object)</source>
        <translation>ต้องเป็นกลุ่มของช่องข้อมูล (ออบเจ็กต์)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ต้องระบุ</translation>
    </message>
    <message>
        <source>is not a field CityPitch knows</source>
        <translation>ไม่ใช่ช่องข้อมูลที่ CityPitch รู้จัก</translation>
    </message>
    <message>
        <source>is not valid (%1: %2)</source>
        <translation>ไม่ถูกต้อง (%1: %2)</translation>
    </message>
    <message>
        <source>is not valid (%1)</source>
        <translation>ไม่ถูกต้อง (%1)</translation>
    </message>
    <message>
        <source>%1 (got %2)</source>
        <translation>%1 (ค่าที่ได้รับ: %2)</translation>
    </message>
    <message>
        <source>%1; and 1 more problem</source>
        <translation>%1 และปัญหาอื่นอีก 1 ข้อ</translation>
    </message>
    <message>
        <source>%1; and %2 more problems</source>
        <translation>%1 และปัญหาอื่นอีก %2 ข้อ</translation>
    </message>
    <message>
        <source>the proposal&apos;s text</source>
        <translation>ข้อความในข้อเสนอโครงการ</translation>
    </message>
    <message>
        <source>the deck would have %1 slides; an export makes at most %2. %3 takes %4 of them: shorten it, or move part of it to a separate annex.</source>
        <translation>สไลด์นำเสนอจะมี %1 สไลด์ แต่การส่งออกทำได้ไม่เกิน %2 สไลด์ %3 ใช้ไป %4 สไลด์ โปรดตัดให้สั้นลง หรือย้ายบางส่วนไปไว้ในภาคผนวกแยก</translation>
    </message>
    <message>
        <source>%1 has %2 rows; an export takes at most %3. Keep the most important ones, or move the rest to a separate annex.</source>
        <translation>%1 มี %2 แถว การส่งออกรับได้ไม่เกิน %3 แถว โปรดเก็บเฉพาะแถวที่สำคัญที่สุด หรือย้ายส่วนที่เหลือไปไว้ในภาคผนวกแยก</translation>
    </message>
    <message>
        <source>the proposal holds %1 characters of text; an export takes at most %2. The largest part is %3 (%4 characters).</source>
        <translation>ข้อเสนอโครงการมีข้อความ %1 อักขระ การส่งออกรับได้ไม่เกิน %2 อักขระ ส่วนที่ใหญ่ที่สุดคือ %3 (%4 อักขระ)</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>ไฟล์ PDF</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>เวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>the PowerPoint deck</source>
        <translation>สไลด์ PowerPoint</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>the text file</source>
        <translation>ไฟล์ข้อความ</translation>
    </message>
    <message>
        <source>the folder does not exist (%1); choose another place for %2</source>
        <translation>ไม่มีโฟลเดอร์นี้ (%1) โปรดเลือกที่อื่นสำหรับ%2</translation>
    </message>
    <message>
        <source>this is the project itself: writing %1 here would replace the proposal. Choose another file name</source>
        <translation>นี่คือไฟล์โครงการเอง การเขียน%1 ลงที่นี่จะแทนที่ข้อเสนอโครงการ โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>this file holds a CityPitch project; writing %1 here would replace it. Choose another file name</source>
        <translation>ไฟล์นี้เป็นโครงการ CityPitch การเขียน%1 ลงที่นี่จะแทนที่โครงการนั้น โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>this file holds a CityPitch project; writing %1 here would replace it (the old one would be kept as %2). Choose another file name</source>
        <translation>ไฟล์นี้เป็นโครงการ CityPitch การเขียน%1 ลงที่นี่จะแทนที่โครงการนั้น (ไฟล์เดิมจะเก็บไว้เป็น %2) โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>a name ending in %1 is for CityPitch projects; %2 written here would replace or pass for a project. Choose another file name</source>
        <translation>ชื่อที่ลงท้ายด้วย %1 ใช้สำหรับโครงการ CityPitch %2 ที่เขียนลงที่นี่จะแทนที่โครงการหรือถูกเข้าใจผิดว่าเป็นโครงการ โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>this names a folder, not a file: choose a file name</source>
        <translation>นี่คือชื่อโฟลเดอร์ ไม่ใช่ชื่อไฟล์ โปรดระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>the path cannot be followed (%1)</source>
        <translation>ไปตามเส้นทางนี้ไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>the path is a loop of links that never reaches a file: nothing was written</source>
        <translation>เส้นทางนี้เป็นลิงก์วนซ้ำที่ไม่ถึงไฟล์ใดเลย (ไม่มีการเขียนไฟล์ใด ๆ)</translation>
    </message>
    <message>
        <source>this is %1, not a file: CityPitch only replaces regular files, so nothing was written. Choose a file name</source>
        <translation>นี่คือ%1 ไม่ใช่ไฟล์ CityPitch แทนที่ได้เฉพาะไฟล์ทั่วไป จึงไม่มีการเขียนไฟล์ใด ๆ โปรดระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>this is %1, not a file (the link leads to %2): CityPitch only replaces regular files, so nothing was written. Choose a file name</source>
        <translation>นี่คือ%1 ไม่ใช่ไฟล์ (ลิงก์ชี้ไปที่ %2) CityPitch แทนที่ได้เฉพาะไฟล์ทั่วไป จึงไม่มีการเขียนไฟล์ใด ๆ โปรดระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>named pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ซ็อกเก็ต</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>สิ่งที่ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>the file could not be saved: %1. Nothing was changed on disk; choose another place to save it</source>
        <translation>บันทึกไฟล์ไม่ได้: %1 ไม่มีอะไรเปลี่ยนแปลงบนดิสก์ โปรดเลือกที่อื่นเพื่อบันทึก</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>ใช้โควตาดิสก์หมดแล้ว</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>โฟลเดอร์เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ไม่ได้รับอนุญาต</translation>
    </message>
    <message>
        <source>the folder does not exist (was it moved or unplugged?)</source>
        <translation>ไม่มีโฟลเดอร์นี้ (ถูกย้ายหรือถอดออกไปหรือไม่)</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>บางส่วนของเส้นทางไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>ชื่อไฟล์ยาวเกินไป</translation>
    </message>
    <message>
        <source>a folder is in the way</source>
        <translation>มีโฟลเดอร์ชื่อเดียวกันขวางอยู่</translation>
    </message>
    <message>
        <source>the path is a loop of links</source>
        <translation>เส้นทางเป็นลิงก์วนซ้ำ</translation>
    </message>
    <message>
        <source>the file and its folder are on different disks</source>
        <translation>ไฟล์และโฟลเดอร์ของไฟล์อยู่คนละดิสก์</translation>
    </message>
    <message>
        <source>the financial case has no yearly lines within its period, so there is no model to export; enter the yearly capex, opex and revenue first</source>
        <translation>การวิเคราะห์ทางการเงินไม่มีรายการรายปีในช่วงเวลาของโครงการ จึงไม่มีแบบจำลองให้ส่งออก โปรดกรอกเงินลงทุน (capex) ค่าใช้จ่ายดำเนินงาน (opex) และรายได้รายปีก่อน</translation>
    </message>
    <message>
        <source>the image %1 %2</source>
        <translation>รูปภาพ %1 %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ว่างเปล่า</translation>
    </message>
    <message>
        <source>is too large (%1 MB; the limit is %2 MB): save a smaller copy</source>
        <translation>มีขนาดใหญ่เกินไป (%1 MB ขีดจำกัดคือ %2 MB) โปรดบันทึกสำเนาที่เล็กลง</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image (%1); save it as PNG or JPEG</source>
        <translation>ไม่ใช่รูปภาพ PNG หรือ JPEG (%1) โปรดบันทึกเป็น PNG หรือ JPEG</translation>
    </message>
    <message>
        <source>it looks like SVG, which is not accepted</source>
        <translation>ดูเหมือนเป็น SVG ซึ่งใช้ไม่ได้</translation>
    </message>
    <message>
        <source>it looks like GIF</source>
        <translation>ดูเหมือนเป็น GIF</translation>
    </message>
    <message>
        <source>it looks like WebP</source>
        <translation>ดูเหมือนเป็น WebP</translation>
    </message>
    <message>
        <source>it looks like a PDF</source>
        <translation>ดูเหมือนเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <source>it looks like TIFF</source>
        <translation>ดูเหมือนเป็น TIFF</translation>
    </message>
    <message>
        <source>it looks like BMP</source>
        <translation>ดูเหมือนเป็น BMP</translation>
    </message>
    <message>
        <source>the file type is not recognised</source>
        <translation>ไม่รู้จักชนิดของไฟล์</translation>
    </message>
    <message>
        <source>has no pixels (its header says width or height is 0): the file is damaged</source>
        <translation>ไม่มีพิกเซล (ส่วนหัวระบุความกว้างหรือความสูงเป็น 0) ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>is too large (%1 x %2 pixels, %3 megapixels; the limit is %4 megapixels and %5 pixels a side): scale it down first</source>
        <translation>มีขนาดใหญ่เกินไป (%1 x %2 พิกเซล %3 ล้านพิกเซล ขีดจำกัดคือ %4 ล้านพิกเซล และด้านละ %5 พิกเซล) โปรดย่อขนาดก่อน</translation>
    </message>
    <message>
        <source>is a truncated PNG (it ends before its last chunk): the file is damaged</source>
        <translation>เป็น PNG ที่ถูกตัดขาด (จบก่อนถึงชังก์สุดท้าย) ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>is a truncated PNG (a chunk runs past the end of the file): the file is damaged</source>
        <translation>เป็น PNG ที่ถูกตัดขาด (มีชังก์ที่ยาวเกินท้ายไฟล์) ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>is a damaged PNG (chunk %1 fails its checksum)</source>
        <translation>เป็น PNG ที่เสียหาย (ชังก์ %1 ตรวจสอบผลรวมไม่ผ่าน)</translation>
    </message>
    <message>
        <source>is a damaged PNG (it does not start with an image header)</source>
        <translation>เป็น PNG ที่เสียหาย (ไม่ได้เริ่มด้วยส่วนหัวของรูปภาพ)</translation>
    </message>
    <message>
        <source>is a damaged PNG (it holds no image data)</source>
        <translation>เป็น PNG ที่เสียหาย (ไม่มีข้อมูลรูปภาพ)</translation>
    </message>
    <message>
        <source>is a damaged JPEG (a marker is missing where one must be)</source>
        <translation>เป็น JPEG ที่เสียหาย (ไม่มีมาร์กเกอร์ในตำแหน่งที่ต้องมี)</translation>
    </message>
    <message>
        <source>is a truncated JPEG (a segment runs past the end of the file)</source>
        <translation>เป็น JPEG ที่ถูกตัดขาด (มีเซกเมนต์ที่ยาวเกินท้ายไฟล์)</translation>
    </message>
    <message>
        <source>is a damaged JPEG (its frame header is too short)</source>
        <translation>เป็น JPEG ที่เสียหาย (ส่วนหัวของเฟรมสั้นเกินไป)</translation>
    </message>
    <message>
        <source>is a damaged JPEG (image data comes before the frame header)</source>
        <translation>เป็น JPEG ที่เสียหาย (ข้อมูลรูปภาพมาก่อนส่วนหัวของเฟรม)</translation>
    </message>
    <message>
        <source>is a truncated JPEG (the end-of-image marker is missing)</source>
        <translation>เป็น JPEG ที่ถูกตัดขาด (ไม่มีมาร์กเกอร์ท้ายรูปภาพ)</translation>
    </message>
    <message>
        <source>is a truncated JPEG (it ends before its image data)</source>
        <translation>เป็น JPEG ที่ถูกตัดขาด (จบก่อนถึงข้อมูลรูปภาพ)</translation>
    </message>
    <message>
        <source>is damaged: its pixels cannot be read (%1); export it again from the original, or use another image</source>
        <translation>เสียหาย อ่านพิกเซลไม่ได้ (%1) โปรดส่งออกใหม่จากต้นฉบับ หรือใช้รูปภาพอื่น</translation>
    </message>
    <message>
        <source>is damaged: its compressed pixel data is cut short or fails its checksum; export it again from the original, or use another image</source>
        <translation>เสียหาย ข้อมูลพิกเซลที่บีบอัดไว้ถูกตัดขาดหรือตรวจสอบผลรวมไม่ผ่าน โปรดส่งออกใหม่จากต้นฉบับ หรือใช้รูปภาพอื่น</translation>
    </message>
    <message>
        <source>is damaged: its header and its pixels disagree about its size</source>
        <translation>เสียหาย ขนาดในส่วนหัวไม่ตรงกับพิกเซล</translation>
    </message>
    <message>
        <source>is a truncated JPEG (its image data stops before the last rows and was closed early): export it again from the original, or use another image</source>
        <translation>เป็น JPEG ที่ถูกตัดขาด (ข้อมูลรูปภาพหยุดก่อนถึงแถวสุดท้ายและถูกปิดก่อนเวลา) โปรดส่งออกใหม่จากต้นฉบับ หรือใช้รูปภาพอื่น</translation>
    </message>
    <message>
        <source>is named in the proposal (branding) but is not in the project; add it again or clear the field</source>
        <translation>ถูกระบุในข้อเสนอโครงการ (อัตลักษณ์ของโครงการ) แต่ไม่มีอยู่ในโครงการ โปรดเพิ่มใหม่หรือล้างช่องนั้น</translation>
    </message>
    <message>
        <source>the export process</source>
        <translation>กระบวนการส่งออก</translation>
    </message>
    <message>
        <source>the render process</source>
        <translation>กระบวนการเรนเดอร์</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>การส่งออก</translation>
    </message>
    <message>
        <source>the render</source>
        <translation>การเรนเดอร์</translation>
    </message>
    <message>
        <source>the export took longer than %1 seconds and was stopped; no file was written. Large images or very long texts are the usual cause</source>
        <translation>การส่งออกใช้เวลานานกว่า %1 วินาทีจึงถูกหยุด (ไม่มีการเขียนไฟล์ใด ๆ) สาเหตุที่พบบ่อยคือรูปภาพขนาดใหญ่หรือข้อความที่ยาวมาก</translation>
    </message>
    <message>
        <source>the export needed more than %1 MB of memory and was stopped; no file was written. Smaller images usually help</source>
        <translation>การส่งออกต้องใช้หน่วยความจำมากกว่า %1 MB จึงถูกหยุด (ไม่มีการเขียนไฟล์ใด ๆ) การใช้รูปภาพที่เล็กลงมักช่วยได้</translation>
    </message>
    <message>
        <source>the export stopped with an internal error (%1); no file was written</source>
        <translation>การส่งออกหยุดลงเพราะข้อผิดพลาดภายใน (%1) (ไม่มีการเขียนไฟล์ใด ๆ)</translation>
    </message>
    <message>
        <source>%1 reported success but wrote no file; no file was written</source>
        <translation>%1รายงานว่าสำเร็จแต่ไม่ได้เขียนไฟล์ (ไม่มีการเขียนไฟล์ใด ๆ)</translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>เริ่ม%1ไม่ได้ (%2)</translation>
    </message>
    <message>
        <source>%1 was killed by the system, most likely because the computer ran out of memory; no file was written.</source>
        <translation>%1ถูกระบบสั่งปิด น่าจะเป็นเพราะคอมพิวเตอร์หน่วยความจำไม่พอ (ไม่มีการเขียนไฟล์ใด ๆ)</translation>
    </message>
    <message>
        <source>%1 crashed (%2); no file was written.</source>
        <translation>%1หยุดทำงานกะทันหัน (%2) (ไม่มีการเขียนไฟล์ใด ๆ)</translation>
    </message>
    <message>
        <source>%1 ended unexpectedly (exit status %2); no file was written.</source>
        <translation>%1สิ้นสุดโดยไม่คาดคิด (รหัสสถานะ %2) (ไม่มีการเขียนไฟล์ใด ๆ)</translation>
    </message>
    <message>
        <source>%1 Last words: %2</source>
        <translation>%1 ข้อความสุดท้าย: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <source>this is a folder, not a CityPitch file</source>
        <translation>นี่คือโฟลเดอร์ ไม่ใช่ไฟล์ CityPitch</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>ไฟล์มีขนาดใหญ่เกินไป (%1 MB ขีดจำกัดคือ %2 MB)</translation>
    </message>
    <message>
        <source>permission denied: CityPitch may not read this file</source>
        <translation>ไม่ได้รับอนุญาต CityPitch อ่านไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>อ่านไฟล์ไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (not a readable CityPitch archive)</source>
        <translation>ไฟล์เสียหายหรือถูกตัดขาด (ไม่ใช่ไฟล์เก็บถาวรของ CityPitch ที่อ่านได้)</translation>
    </message>
    <message>
        <source>the archive has no %1: it is not a CityPitch project</source>
        <translation>ไฟล์เก็บถาวรไม่มี %1 จึงไม่ใช่โครงการ CityPitch</translation>
    </message>
    <message>
        <source>the file is too large for a proposal (%1 MB at most)</source>
        <translation>ไฟล์มีขนาดใหญ่เกินไปสำหรับข้อเสนอโครงการ (ไม่เกิน %1 MB)</translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation>ข้อเสนอโครงการ</translation>
    </message>
    <message>
        <source>the proposal (%1)</source>
        <translation>ข้อเสนอโครงการ (%1)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: the file is damaged or not a CityPitch file</source>
        <translation>%1ไม่ใช่ข้อความ UTF-8 ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ CityPitch</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, not %2</source>
        <translation>%1ต้องเป็นออบเจ็กต์ JSON ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4)</source>
        <translation>%1ไม่ใช่ JSON ที่ถูกต้อง (บรรทัดที่ %2 คอลัมน์ที่ %3: %4)</translation>
    </message>
    <message>
        <source>it was written by a newer version of CityPitch (schema %1; this version reads up to %2). Update CityPitch to open it</source>
        <translation>ไฟล์นี้สร้างด้วย CityPitch เวอร์ชันที่ใหม่กว่า (สคีมา %1 เวอร์ชันนี้อ่านได้ถึง %2) โปรดอัปเดต CityPitch เพื่อเปิดไฟล์</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose a date from the calendar (%1)</source>
        <translation>เลือกวันที่จากปฏิทิน (%1)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <source>Arrow keys move by day and week, Page Up and Page Down by month; Enter takes the date, Escape closes</source>
        <translation>ปุ่มลูกศรเลื่อนทีละวันและสัปดาห์ Page Up และ Page Down เลื่อนทีละเดือน Enter เพื่อเลือกวันที่ Escape เพื่อปิด</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>this proposal is open read-only: %1</source>
        <extracomment>Why the document may not be edited (another editor holds the file, a newer schema), or None.</extracomment>
        <translation>ข้อเสนอโครงการนี้เปิดแบบอ่านอย่างเดียว: %1</translation>
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
    <name>Entry</name>
    <message>
        <source>Not yet valid: %1</source>
        <extracomment>Calendar key named in messages and tooltips: opens the date picker of a date field or cell. How a refused value is introduced, at the field and in the table cells.</extracomment>
        <translation>ยังไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>a year of four digits, like 2030</source>
        <translation>ปีสี่หลัก เช่น 2030</translation>
    </message>
    <message>
        <source>a whole number, like %1 or 350000</source>
        <translation>จำนวนเต็ม เช่น %1 หรือ 350000</translation>
    </message>
    <message>
        <source>a number, like %1 or %2</source>
        <translation>ตัวเลข เช่น %1 หรือ %2</translation>
    </message>
    <message>
        <source>a number, like %1 or %2 (or 1,250,000.50)</source>
        <translation>ตัวเลข เช่น %1 หรือ %2 (หรือ 1,250,000.50)</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, like 2026-03-31, or picked from the calendar (%1)</source>
        <translation>วันที่ในรูปแบบ YYYY-MM-DD เช่น 2026-03-31 หรือเลือกจากปฏิทิน (%1)</translation>
    </message>
    <message>
        <source>one of the choices in the list</source>
        <translation>ตัวเลือกหนึ่งในรายการ</translation>
    </message>
    <message>
        <source>a year (four digits)</source>
        <translation>ปี (สี่หลัก)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>must be %1: %2</source>
        <translation>ต้องเป็น%1: %2</translation>
    </message>
    <message>
        <source>must be %1, written like %2 (got &apos;%3&apos;)</source>
        <translation>ต้องเป็น%1 เขียนแบบ %2 (ที่กรอก: “%3”)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, like %1, or picked from the calendar (%2) (got &apos;%3&apos;)</source>
        <translation>ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD เช่น %1 หรือเลือกจากปฏิทิน (%2) (ที่กรอก: “%3”)</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Pitch deck (16:9 slides to present)</source>
        <extracomment>An export option&apos;s name in the Export step (the command line and the exports keep wizard.export&apos;s English).</extracomment>
        <translation>สไลด์นำเสนอ (สไลด์ 16:9 สำหรับการนำเสนอ)</translation>
    </message>
    <message>
        <source>Leave-behind document (A4, the full proposal to read)</source>
        <translation>เอกสารประกอบการนำเสนอ (A4 ข้อเสนอฉบับเต็มสำหรับอ่าน)</translation>
    </message>
    <message>
        <source>Readiness report (A4, for the city team: not for investors)</source>
        <translation>รายงานความพร้อมด้านการลงทุน (A4 สำหรับทีมของเมือง ไม่ใช่สำหรับนักลงทุน)</translation>
    </message>
    <message>
        <source>Editable slides (PowerPoint 16:9: the pitch deck&apos;s slides, to polish with the client)</source>
        <translation>สไลด์ที่แก้ไขได้ (PowerPoint 16:9 สไลด์ชุดเดียวกับสไลด์นำเสนอ สำหรับปรับแต่งร่วมกับลูกค้า)</translation>
    </message>
    <message>
        <source>Financial model (Excel workbook with live formulas)</source>
        <translation>แบบจำลองทางการเงิน (เวิร์กบุ๊ก Excel ที่สูตรคำนวณยังทำงาน)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>English with Japanese</source>
        <translation>ภาษาอังกฤษพร้อมภาษาญี่ปุ่น</translation>
    </message>
    <message>
        <source>Standard PDF</source>
        <translation>PDF มาตรฐาน</translation>
    </message>
    <message>
        <source>Accessible: PDF/UA-1 (tagged for screen readers)</source>
        <translation>รองรับการเข้าถึง: PDF/UA-1 (มีแท็กสำหรับโปรแกรมอ่านหน้าจอ)</translation>
    </message>
    <message>
        <source>Archival: PDF/A-3b (for records kept for years)</source>
        <translation>สำหรับเก็บถาวร: PDF/A-3b (สำหรับเอกสารที่เก็บไว้หลายปี)</translation>
    </message>
    <message>
        <source>Pitch deck</source>
        <translation>สไลด์นำเสนอ</translation>
    </message>
    <message>
        <source>16:9 slides to present.</source>
        <translation>สไลด์ 16:9 สำหรับการนำเสนอ</translation>
    </message>
    <message>
        <source>Leave-behind document</source>
        <translation>เอกสารประกอบการนำเสนอ</translation>
    </message>
    <message>
        <source>A4, the full proposal to read.</source>
        <translation>A4 ข้อเสนอฉบับเต็มสำหรับอ่าน</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>รายงานความพร้อมด้านการลงทุน</translation>
    </message>
    <message>
        <source>A4, for the city team: not for investors.</source>
        <translation>A4 สำหรับทีมของเมือง ไม่ใช่สำหรับนักลงทุน</translation>
    </message>
    <message>
        <source>Editable slides (PowerPoint)</source>
        <translation>สไลด์ที่แก้ไขได้ (PowerPoint)</translation>
    </message>
    <message>
        <source>16:9, the pitch deck&apos;s slides, to polish with the client.</source>
        <translation>16:9 สไลด์ชุดเดียวกับสไลด์นำเสนอ สำหรับปรับแต่งร่วมกับลูกค้า</translation>
    </message>
    <message>
        <source>Financial model (Excel)</source>
        <translation>แบบจำลองทางการเงิน (Excel)</translation>
    </message>
    <message>
        <source>An Excel workbook with live formulas.</source>
        <translation>เวิร์กบุ๊ก Excel ที่สูตรคำนวณยังทำงาน</translation>
    </message>
    <message>
        <source>Accessible: PDF/UA-1</source>
        <translation>รองรับการเข้าถึง: PDF/UA-1</translation>
    </message>
    <message>
        <source>Tagged for screen readers.</source>
        <translation>มีแท็กสำหรับโปรแกรมอ่านหน้าจอ</translation>
    </message>
    <message>
        <source>Archival: PDF/A-3b</source>
        <translation>สำหรับเก็บถาวร: PDF/A-3b</translation>
    </message>
    <message>
        <source>For records kept for years.</source>
        <translation>สำหรับเอกสารที่เก็บไว้หลายปี</translation>
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
    <message>
        <source>Excel workbook</source>
        <extracomment>The file name ending and the file dialog&apos;s filter of each kind of output.</extracomment>
        <translation>เวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <source>A workbook has no slide preview. The Excel file holds the financial model: inputs, yearly lines, debt schedules, DSCR, equity flows, NPV and IRR and the scenarios, as live formulas an investor can change.</source>
        <extracomment>What the preview area says while a format without slides is chosen.</extracomment>
        <translation>เวิร์กบุ๊กไม่มีตัวอย่างสไลด์ ไฟล์ Excel มีแบบจำลองทางการเงิน ได้แก่ ข้อมูลนำเข้า รายการรายปี ตารางชำระหนี้ อัตราส่วนความสามารถในการชำระหนี้ (DSCR) กระแสเงินสดของส่วนทุน มูลค่าปัจจุบันสุทธิ (NPV) อัตราผลตอบแทนภายใน (IRR) และฉากทัศน์ต่าง ๆ เป็นสูตรที่นักลงทุนปรับเปลี่ยนได้</translation>
    </message>
    <message>
        <source>E&amp;xport the workbook</source>
        <extracomment>The writer of each format that is not a PDF (called on a worker thread with a frozen proposal). What the child process runs for an export (tests may substitute a target; see wizard.export.isolation). A workbook being written in the background (the data formats do not run in a child process). The destination was suggested by us (beside the project file) rather than chosen by the user.</extracomment>
        <translation>ส่งออกเวิร์กบุ๊ก(&amp;X)</translation>
    </message>
    <message>
        <source>E&amp;xport PowerPoint</source>
        <translation>ส่งออก PowerPoint (&amp;X)</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>เวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>Open sprea&amp;dsheet</source>
        <translation>เปิดสเปรดชีต(&amp;D)</translation>
    </message>
    <message>
        <source>Open the &amp;deck</source>
        <translation>เปิดสไลด์นำเสนอ(&amp;D)</translation>
    </message>
    <message>
        <source>the slide preview is not available</source>
        <translation>ไม่มีตัวอย่างสไลด์</translation>
    </message>
    <message>
        <source>the wizard cannot write the format &apos;%1&apos; yet; use citypitch export</source>
        <translation>วิซาร์ดยังเขียนรูปแบบ “%1” ไม่ได้ โปรดใช้ citypitch export</translation>
    </message>
    <message>
        <source>The workbook carries no DRAFT mark: it holds the financial model only.</source>
        <translation>เวิร์กบุ๊กไม่มีเครื่องหมาย DRAFT เพราะมีเพียงแบบจำลองทางการเงิน</translation>
    </message>
    <message>
        <source>A PDF export would be marked DRAFT because %1 (see the Review step).</source>
        <translation>การส่งออก PDF จะมีเครื่องหมาย DRAFT เพราะ %1 (ดูขั้นตอนทบทวน)</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet: %1.</source>
        <translation>ยังสร้าง PDF ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Export the workbook to</source>
        <translation>ส่งออกเวิร์กบุ๊กไปที่</translation>
    </message>
    <message>
        <source>Export the PowerPoint deck to</source>
        <translation>ส่งออกสไลด์นำเสนอ PowerPoint ไปที่</translation>
    </message>
    <message>
        <source>Export the PDF to</source>
        <translation>ส่งออก PDF ไปที่</translation>
    </message>
    <message>
        <source>Added logo %1.</source>
        <translation>เพิ่มโลโก้ %1 แล้ว</translation>
    </message>
    <message>
        <source>Added photo %1.</source>
        <translation>เพิ่มรูปถ่าย %1 แล้ว</translation>
    </message>
    <message>
        <source>choose where to save the workbook first (Save to)</source>
        <translation>โปรดเลือกที่บันทึกเวิร์กบุ๊กก่อน (บันทึกไปที่)</translation>
    </message>
    <message>
        <source>choose where to save the PDF first (Save to)</source>
        <translation>โปรดเลือกที่บันทึก PDF ก่อน (บันทึกไปที่)</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>กำลังส่งออกไปที่ %1...</translation>
    </message>
    <message>
        <source>Writing the workbook to %1...</source>
        <translation>กำลังเขียนเวิร์กบุ๊กไปที่ %1...</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>เขียนเวิร์กบุ๊กไม่ได้: %1</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>กำลังยกเลิกการส่งออก...</translation>
    </message>
    <message>
        <source>There is no exported file to open yet.</source>
        <translation>ยังไม่มีไฟล์ที่ส่งออกให้เปิด</translation>
    </message>
    <message>
        <source>No program to open workbooks was found on this computer; the file is %1</source>
        <translation>ไม่พบโปรแกรมสำหรับเปิดเวิร์กบุ๊กในคอมพิวเตอร์นี้ ไฟล์อยู่ที่ %1</translation>
    </message>
    <message>
        <source>No program to open PDFs was found on this computer; the file is %1</source>
        <translation>ไม่พบโปรแกรมสำหรับเปิด PDF ในคอมพิวเตอร์นี้ ไฟล์อยู่ที่ %1</translation>
    </message>
    <message>
        <source>The export did not start: %1</source>
        <translation>ไม่ได้เริ่มส่งออก: %1</translation>
    </message>
    <message>
        <source>Exporting: %1...</source>
        <translation>กำลังส่งออก: %1...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>ส่งออกไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written, and any earlier PDF there is unchanged.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการเขียนไฟล์ และ PDF เดิมที่อยู่ตรงนั้นยังคงเหมือนเดิม</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>An export is already running.</source>
        <translation>กำลังส่งออกอยู่แล้ว</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>ข้อเสนอโครงการนี้เปิดแบบอ่านอย่างเดียว: %1</translation>
    </message>
    <message>
        <source>Cannot read the image</source>
        <translation>อ่านรูปภาพไม่ได้</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: รูปภาพว่างเปล่า</translation>
    </message>
    <message>
        <source>%1: the image is larger than %2 MB</source>
        <translation>%1: รูปภาพมีขนาดเกิน %2 MB</translation>
    </message>
    <message>
        <source>Cannot use the image</source>
        <translation>ใช้รูปภาพนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Headline targets</source>
        <translation>เป้าหมายหลัก</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>ปีเป้าหมาย</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Year of the data</source>
        <translation>ปีของข้อมูล</translation>
    </message>
    <message>
        <source>Reference (link or document)</source>
        <translation>อ้างอิง (ลิงก์หรือเอกสาร)</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>ตัวชี้วัดหลัก (KPI)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ค่าฐาน</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>ปีของค่าฐาน</translation>
    </message>
    <message>
        <source>Baseline source</source>
        <translation>ที่มาของค่าฐาน</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>กระแสเงินสดรายปี</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>เงินลงทุน</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>ค่าใช้จ่ายดำเนินงาน</translation>
    </message>
    <message>
        <source>User fees</source>
        <translation>ค่าบริการจากผู้ใช้</translation>
    </message>
    <message>
        <source>Availability payments</source>
        <translation>ค่าตอบแทนความพร้อมให้บริการ</translation>
    </message>
    <message>
        <source>Land value capture</source>
        <translation>การเก็บมูลค่าเพิ่มของที่ดิน</translation>
    </message>
    <message>
        <source>Energy savings</source>
        <translation>การประหยัดพลังงาน</translation>
    </message>
    <message>
        <source>Data services</source>
        <translation>บริการข้อมูล</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>โฆษณา</translation>
    </message>
    <message>
        <source>Other revenue</source>
        <translation>รายได้อื่น</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>แหล่งเงินทุน</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>ผู้ให้เงินทุน</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>เครื่องมือทางการเงิน</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>เงื่อนไข</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Japanese investor</source>
        <translation>นักลงทุนญี่ปุ่น</translation>
    </message>
    <message>
        <source>Loan currency</source>
        <translation>สกุลเงินกู้</translation>
    </message>
    <message>
        <source>Interest rate (% a year)</source>
        <translation>อัตราดอกเบี้ย (% ต่อปี)</translation>
    </message>
    <message>
        <source>Tenor (years)</source>
        <translation>อายุเงินกู้ (ปี)</translation>
    </message>
    <message>
        <source>Grace period (years)</source>
        <translation>ระยะปลอดชำระเงินต้น (ปี)</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>การชำระคืน</translation>
    </message>
    <message>
        <source>Upfront fee (%)</source>
        <translation>ค่าธรรมเนียมแรกเข้า (%)</translation>
    </message>
    <message>
        <source>Shareholding (%)</source>
        <translation>สัดส่วนการถือหุ้น (%)</translation>
    </message>
    <message>
        <source>Investor type</source>
        <translation>ประเภทนักลงทุน</translation>
    </message>
    <message>
        <source>The ask to Japanese investors</source>
        <translation>วงเงินที่ขอรับจากนักลงทุนญี่ปุ่น</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>ขอจาก</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>ฉากทัศน์</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>ฉากทัศน์</translation>
    </message>
    <message>
        <source>What it assumes</source>
        <translation>สมมติฐาน</translation>
    </message>
    <message>
        <source>Capex change (%)</source>
        <translation>การเปลี่ยนแปลงของ capex (%)</translation>
    </message>
    <message>
        <source>Opex change (%)</source>
        <translation>การเปลี่ยนแปลงของ opex (%)</translation>
    </message>
    <message>
        <source>Revenue change (%)</source>
        <translation>การเปลี่ยนแปลงของรายได้ (%)</translation>
    </message>
    <message>
        <source>Delay (years)</source>
        <translation>ความล่าช้า (ปี)</translation>
    </message>
    <message>
        <source>Interest rate change (points)</source>
        <translation>การเปลี่ยนแปลงของอัตราดอกเบี้ย (จุด)</translation>
    </message>
    <message>
        <source>Local currency depreciation (% a year)</source>
        <translation>การอ่อนค่าของสกุลเงินท้องถิ่น (% ต่อปี)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>โอกาสเกิด (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>ผลกระทบ (1-5)</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>มาตรการลดความเสี่ยง</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>ผู้รับภาระความเสี่ยง</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>ระยะของโครงการ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <source>Light or heavy</source>
        <translation>เบาหรือหนัก</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>ปีเริ่มต้น</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>ปีสิ้นสุด</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Depends on (phase names, comma-separated)</source>
        <translation>ขึ้นกับ (ชื่อระยะ คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>พันธมิตร</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>พันธมิตร</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>สิ่งที่สนับสนุน</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>หมุดหมายสำคัญ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <source>What is delivered</source>
        <translation>สิ่งที่ส่งมอบ</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>ประเภทขั้นตอน</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ภาพถ่าย</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>คำบรรยาย</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>เครดิต</translation>
    </message>
    <message>
        <source>Acknowledged warnings</source>
        <translation>คำเตือนที่ตอบแล้ว</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>เหตุผลประกอบ</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>ผู้ตอบ</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>วันที่ตอบ</translation>
    </message>
    <message>
        <source>Slide titles written by the team</source>
        <translation>ชื่อสไลด์ที่ทีมเขียน</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>สไลด์</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Untitled proposal</source>
        <extracomment>What the title shows instead of the file name (a sample, a plain JSON file), or None.</extracomment>
        <translation>ข้อเสนอโครงการที่ยังไม่มีชื่อ</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>a new proposal</source>
        <translation>ข้อเสนอโครงการใหม่</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>เปิด %1 แล้ว</translation>
    </message>
    <message>
        <source>%1. It is shown read-only so that nothing this version does not know is lost; open it with the newer CityPitch to edit it.</source>
        <translation>%1 จึงแสดงแบบอ่านอย่างเดียวเพื่อไม่ให้ข้อมูลที่เวอร์ชันนี้ไม่รู้จักสูญหาย หากต้องการแก้ไข โปรดเปิดด้วย CityPitch รุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>เปิดไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>%1 You can read it here, or use Save As to work on a copy.</source>
        <translation>%1 อ่านได้ที่นี่ หรือใช้ บันทึกเป็น เพื่อทำงานกับสำเนา</translation>
    </message>
    <message>
        <source>an untitled proposal</source>
        <translation>ข้อเสนอโครงการที่ยังไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Recovered %1; save it to keep it</source>
        <translation>กู้คืน %1 แล้ว บันทึกไว้เพื่อไม่ให้สูญหาย</translation>
    </message>
    <message>
        <source>Cannot open this sample</source>
        <translation>เปิดตัวอย่างนี้ไม่ได้</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (ตัวอย่าง)</translation>
    </message>
    <message>
        <source>This proposal cannot be saved here</source>
        <translation>บันทึกข้อเสนอโครงการนี้ที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>It was written by a newer CityPitch; saving it with this version would lose what this version does not know. Open it with the newer CityPitch to change it.</source>
        <translation>ไฟล์นี้สร้างด้วย CityPitch รุ่นที่ใหม่กว่า การบันทึกด้วยเวอร์ชันนี้จะทำให้ข้อมูลที่เวอร์ชันนี้ไม่รู้จักสูญหาย โปรดเปิดด้วย CityPitch รุ่นที่ใหม่กว่าเพื่อแก้ไข</translation>
    </message>
    <message>
        <source>The proposal was not saved</source>
        <translation>ข้อเสนอโครงการยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>%1

Choose another name with Save As.</source>
        <translation>%1

โปรดเลือกชื่ออื่นด้วย บันทึกเป็น</translation>
    </message>
    <message>
        <source>%1

Your edits are still open: try Save As in another folder.</source>
        <translation>%1

งานที่แก้ไขยังเปิดอยู่ ลองใช้ บันทึกเป็น ในโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Financial case</source>
        <translation>การวิเคราะห์ทางการเงิน</translation>
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
        <source>Operation, concession, terminal value</source>
        <translation>การดำเนินงาน สัมปทาน และมูลค่าสุดท้าย</translation>
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
        <source>Import from a spreadsheet...</source>
        <translation>นำเข้าจากสเปรดชีต...</translation>
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
    <name>FinancePanel</name>
    <message>
        <source>Figure</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>What breaks the case</source>
        <translation>สิ่งที่ทำให้โครงการไม่คุ้มค่า</translation>
    </message>
    <message>
        <source>Break-even values: where the NPV reaches zero</source>
        <translation>ค่าจุดคุ้มทุน: จุดที่ NPV เท่ากับศูนย์</translation>
    </message>
    <message>
        <source>Cash flows by year</source>
        <translation>กระแสเงินสดรายปี</translation>
    </message>
    <message>
        <source>Debt cover by year</source>
        <translation>ความสามารถในการชำระหนี้รายปี</translation>
    </message>
    <message>
        <source>What moves the NPV most</source>
        <translation>ปัจจัยที่ทำให้ NPV เปลี่ยนมากที่สุด</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>ฉากทัศน์</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>ฉากทัศน์ที่แสดง</translation>
    </message>
    <message>
        <source>Scenario shown:</source>
        <translation>ฉากทัศน์ที่แสดง:</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>เปรียบเทียบฉากทัศน์</translation>
    </message>
    <message>
        <source>Add named scenarios (a low and a high case, and your own) in the Scenarios table below to see them here beside the base case.</source>
        <translation>เพิ่มฉากทัศน์ที่ตั้งชื่อ (กรณีต่ำ กรณีสูง และกรณีของคุณเอง) ในตารางฉากทัศน์ด้านล่าง เพื่อดูเทียบกับกรณีฐานที่นี่</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>แหล่งที่มาและการใช้ไปของเงินทุน</translation>
    </message>
    <message>
        <source>Sources and uses of funds</source>
        <translation>แหล่งที่มาและการใช้ไปของเงินทุน</translation>
    </message>
    <message>
        <source>...and %1 more (see the Review page).</source>
        <translation>...และอีก %1 รายการ (ดูขั้นตอนทบทวน)</translation>
    </message>
    <message>
        <source>Bars by year. Totals: capex %1, opex %2, revenue %3.</source>
        <translation>แท่งรายปี ยอดรวม: เงินลงทุน (capex) %1 ค่าใช้จ่ายดำเนินงาน (opex) %2 รายได้ %3</translation>
    </message>
    <message>
        <source>Where the case fails</source>
        <translation>จุดที่โครงการไม่ผ่าน</translation>
    </message>
    <message>
        <source>Where the case holds</source>
        <translation>จุดที่โครงการยังผ่าน</translation>
    </message>
    <message>
        <source>Break-even (NPV = 0)</source>
        <translation>จุดคุ้มทุน (NPV = 0)</translation>
    </message>
    <message>
        <source>Without terminal value</source>
        <translation>ไม่รวมมูลค่าสุดท้าย</translation>
    </message>
    <message>
        <source>With terminal value</source>
        <translation>รวมมูลค่าสุดท้าย</translation>
    </message>
    <message>
        <source>%1 (NPV negative)</source>
        <translation>%1 (NPV ติดลบ)</translation>
    </message>
    <message>
        <source>Figures of the %1</source>
        <translation>ตัวเลขของ %1</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>การใช้ไป</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>รวมการใช้ไป</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>รวมแหล่งที่มา</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>Capex, opex and revenue by year</source>
        <extracomment>Bars that meet the lenders&apos; minimum, and those below it (a darker red, and hatched: not by colour alone). Tornado bars: the driver 20% lower, and 20% higher. Height in lines of text.</extracomment>
        <translation>เงินลงทุน (capex) ค่าใช้จ่ายดำเนินงาน (opex) และรายได้รายปี</translation>
    </message>
    <message>
        <source>Add yearly cash flows to see the chart</source>
        <translation>เพิ่มกระแสเงินสดรายปีเพื่อดูแผนภูมิ</translation>
    </message>
    <message>
        <source>Debt service cover ratio (DSCR) by year</source>
        <translation>อัตราส่วนความสามารถในการชำระหนี้ (DSCR) รายปี</translation>
    </message>
    <message>
        <source>No debt service from the start of operation, so no cover ratio to show.</source>
        <translation>ไม่มีการชำระหนี้ตั้งแต่เริ่มดำเนินงาน จึงไม่มีอัตราส่วนให้แสดง</translation>
    </message>
    <message>
        <source>Enter the loans&apos; terms (interest rate and tenor) to see the debt cover by year</source>
        <translation>กรอกเงื่อนไขเงินกู้ (อัตราดอกเบี้ยและอายุเงินกู้) เพื่อดูความสามารถในการชำระหนี้รายปี</translation>
    </message>
    <message>
        <source>below the lenders&apos; minimum (%1)</source>
        <translation>ต่ำกว่าขั้นต่ำของผู้ให้กู้ (%1)</translation>
    </message>
    <message>
        <source>Sensitivity tornado: NPV with each driver 20% lower or higher</source>
        <translation>การวิเคราะห์ความอ่อนไหว (แผนภูมิทอร์นาโด): NPV เมื่อแต่ละปัจจัยต่ำลงหรือสูงขึ้น 20%</translation>
    </message>
    <message>
        <source>Enter yearly cash flows and the discount rate to see what moves the NPV most.</source>
        <translation>กรอกกระแสเงินสดรายปีและอัตราคิดลดเพื่อดูปัจจัยที่ทำให้ NPV เปลี่ยนมากที่สุด</translation>
    </message>
    <message>
        <source>Enter yearly cash flows and the discount rate to see what moves the NPV most</source>
        <translation>กรอกกระแสเงินสดรายปีและอัตราคิดลดเพื่อดูปัจจัยที่ทำให้ NPV เปลี่ยนมากที่สุด</translation>
    </message>
    <message>
        <source>driver 20% lower</source>
        <translation>ปัจจัยต่ำลง 20%</translation>
    </message>
    <message>
        <source>driver 20% higher</source>
        <translation>ปัจจัยสูงขึ้น 20%</translation>
    </message>
    <message>
        <source>no effect on the NPV</source>
        <translation>ไม่มีผลต่อ NPV</translation>
    </message>
    <message>
        <source>%1 as entered: %2</source>
        <translation>%1 ตามที่กรอก: %2</translation>
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
    <name>Import</name>
    <message>
        <source>%1 yearly line</source>
        <extracomment>What each kind of import brings in: the table it fills, and how a count of its rows is said (one, many).</extracomment>
        <translation>รายการรายปี %1 รายการ</translation>
    </message>
    <message>
        <source>%1 yearly lines</source>
        <translation>รายการรายปี %1 รายการ</translation>
    </message>
    <message>
        <source>%1 funding source</source>
        <translation>แหล่งเงินทุน %1 รายการ</translation>
    </message>
    <message>
        <source>%1 funding sources</source>
        <translation>แหล่งเงินทุน %1 รายการ</translation>
    </message>
    <message>
        <source>Import yearly lines from a spreadsheet</source>
        <extracomment>The file dialog&apos;s title for each kind.</extracomment>
        <translation>นำเข้ารายการรายปีจากสเปรดชีต</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet</source>
        <translation>นำเข้าแหล่งเงินทุนจากสเปรดชีต</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <extracomment>The file dialog&apos;s filter: each kind&apos;s name (translated when shown) and its patterns (never translated: Qt reads them between ASCII brackets).</extracomment>
        <translation>สเปรดชีต</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>เวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>ไฟล์ CSV</translation>
    </message>
    <message>
        <source>(not brought in)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <source>Import yearly lines from %1</source>
        <extracomment>At most this many rows are shown in the preview table (all of them come in; the count says so). The proposal&apos;s number locale (QWidget.locale() is Qt&apos;s own).</extracomment>
        <translation>นำเข้ารายการรายปีจาก %1</translation>
    </message>
    <message>
        <source>Import funding sources from %1</source>
        <translation>นำเข้าแหล่งเงินทุนจาก %1</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <extracomment>Field name -&gt; its title, in the model&apos;s order.</extracomment>
        <translation>คอลัมน์ของไฟล์และช่องข้อมูลที่คอลัมน์นั้นเติม</translation>
    </message>
    <message>
        <source>(column %1 has no heading)</source>
        <translation>(คอลัมน์ที่ %1 ไม่มีหัวข้อ)</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>ช่องข้อมูลสำหรับคอลัมน์ %1</translation>
    </message>
    <message>
        <source>Rows as they will come in</source>
        <translation>แถวตามที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Where the rows go</source>
        <translation>แถวจะไปอยู่ที่ใด</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 now in the proposal</source>
        <translation>แทนที่ %1 ที่มีอยู่ในข้อเสนอโครงการ(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd them after the rows now in the proposal</source>
        <translation>เพิ่มต่อท้ายแถวที่มีอยู่ในข้อเสนอโครงการ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>คอลัมน์ที่ %1</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns (%3): leave out all but one</source>
        <translation>%1 ถูกเลือกให้กับ %2 คอลัมน์ (%3) ให้เหลือไว้เพียงคอลัมน์เดียว</translation>
    </message>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1 ชีต “%2”</translation>
    </message>
    <message>
        <source>one row per year</source>
        <translation>ปีละหนึ่งแถว</translation>
    </message>
    <message>
        <source>one row per source</source>
        <translation>แหล่งละหนึ่งแถว</translation>
    </message>
    <message>
        <source>years across, one row per line</source>
        <translation>ปีเรียงตามแนวนอน รายการละหนึ่งแถว</translation>
    </message>
    <message>
        <source>%1: %2. Choose the field each column fills; nothing changes in the proposal until you press Import.</source>
        <translation>%1: %2 เลือกช่องข้อมูลที่แต่ละคอลัมน์จะเติม ข้อเสนอโครงการจะไม่เปลี่ยนจนกว่าคุณจะกด นำเข้า</translation>
    </message>
    <message>
        <source>Left out (no field chosen): %1.</source>
        <translation>ไม่นำเข้า (ยังไม่ได้เลือกช่องข้อมูล): %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>แถวที่ %1</translation>
    </message>
    <message>
        <source>%1 of the file can be read (the first %2 shown); nothing comes in until the cells named below are corrected:</source>
        <translation>อ่าน %1 ของไฟล์ได้ (แสดง %2 แถวแรก) จะไม่มีสิ่งใดนำเข้าจนกว่าจะแก้ไขเซลล์ที่ระบุด้านล่าง:</translation>
    </message>
    <message>
        <source>%1 of the file can be read; nothing comes in until the cells named below are corrected:</source>
        <translation>อ่าน %1 ของไฟล์ได้ จะไม่มีสิ่งใดนำเข้าจนกว่าจะแก้ไขเซลล์ที่ระบุด้านล่าง:</translation>
    </message>
    <message>
        <source>%1 will come in (the first %2 shown):</source>
        <translation>จะนำเข้า %1 (แสดง %2 แถวแรก):</translation>
    </message>
    <message>
        <source>%1 will come in:</source>
        <translation>จะนำเข้า %1:</translation>
    </message>
    <message>
        <source>• %1.</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>%1 cell must be corrected in the file (or another field chosen for its column) before anything can come in:</source>
        <translation>ต้องแก้ไข %1 เซลล์ในไฟล์ (หรือเลือกช่องข้อมูลอื่นให้คอลัมน์ของเซลล์นั้น) ก่อนจึงจะนำเข้าได้:</translation>
    </message>
    <message>
        <source>%1 cells must be corrected in the file (or another field chosen for their column) before anything can come in:</source>
        <translation>ต้องแก้ไข %1 เซลล์ในไฟล์ (หรือเลือกช่องข้อมูลอื่นให้คอลัมน์ของเซลล์เหล่านั้น) ก่อนจึงจะนำเข้าได้:</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>นำเข้า %1 (&amp;I)</translation>
    </message>
    <message>
        <source>No row of the file holds anything for the chosen fields.</source>
        <translation>ไม่มีแถวใดในไฟล์ที่มีค่าสำหรับช่องข้อมูลที่เลือก</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>ข้อเสนอโครงการนี้เปิดแบบอ่านอย่างเดียว: %1</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>กำลังอ่าน %1...</translation>
    </message>
    <message>
        <source>%1 was not brought in.</source>
        <translation>ไม่ได้นำเข้า %1</translation>
    </message>
    <message>
        <source>The spreadsheet was not brought in</source>
        <translation>ไม่ได้นำเข้าสเปรดชีต</translation>
    </message>
    <message>
        <source>%1 Nothing in the proposal was changed.</source>
        <translation>%1 ข้อเสนอโครงการไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Nothing was brought in.</source>
        <translation>ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>นำเข้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>เพิ่ม %1 จาก %2</translation>
    </message>
    <message>
        <source>Brought in %1 from %2, replacing %3. Edit &gt; Undo takes the import back.</source>
        <translation>นำเข้า %1 จาก %2 แทนที่ %3 แล้ว แก้ไข &gt; เลิกทำ จะยกเลิกการนำเข้านี้</translation>
    </message>
    <message>
        <source>Brought in %1 from %2. Edit &gt; Undo takes the import back.</source>
        <translation>นำเข้า %1 จาก %2 แล้ว แก้ไข &gt; เลิกทำ จะยกเลิกการนำเข้านี้</translation>
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
    <name>JustificationDialog</name>
    <message>
        <source>Write why this warning is acceptable for this proposal; an empty answer cannot be recorded.</source>
        <translation>โปรดเขียนเหตุผลประกอบว่าเหตุใดคำเตือนนี้จึงยอมรับได้สำหรับข้อเสนอโครงการนี้ คำตอบว่างเปล่าจะบันทึกไม่ได้</translation>
    </message>
    <message>
        <source>Acknowledge a warning</source>
        <translation>ตอบคำเตือน</translation>
    </message>
    <message>
        <source>&amp;Why is this acceptable for this proposal?</source>
        <translation>เหตุใดจึงยอมรับได้สำหรับข้อเสนอโครงการนี้(&amp;W)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>เหตุผลประกอบ</translation>
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
    <name>ListEditor</name>
    <message>
        <source>Tab and Shift+Tab move across cells and on to the next row (Tab in the last cell adds a row); Enter moves down; typing replaces a cell, F2 edits it; Delete clears it. Insert adds a row, Ctrl+Delete removes one, Ctrl+Up and Ctrl+Down move it; Ctrl+V pastes rows copied from a spreadsheet. Ctrl+Tab leaves the table.</source>
        <extracomment>The colour of a note about the table: that of the notes beside fields (wizard.gui.steps.binder). What the table&apos;s keys do, for its tooltip and screen readers.</extracomment>
        <translation>Tab และ Shift+Tab เลื่อนไปตามเซลล์และไปยังแถวถัดไป (กด Tab ที่เซลล์สุดท้ายจะเพิ่มแถว) Enter เลื่อนลง การพิมพ์จะแทนที่ข้อมูลในเซลล์ F2 เพื่อแก้ไข Delete เพื่อล้าง Insert เพิ่มแถว Ctrl+Delete ลบแถว Ctrl+Up และ Ctrl+Down ย้ายแถว Ctrl+V วางแถวที่คัดลอกจากสเปรดชีต Ctrl+Tab ออกจากตาราง</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>เพิ่มแถว</translation>
    </message>
    <message>
        <source>Add a row after the current one and start typing in its first cell (Insert)</source>
        <translation>เพิ่มแถวต่อจากแถวปัจจุบันและเริ่มพิมพ์ในเซลล์แรก (Insert)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>ลบแถว</translation>
    </message>
    <message>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>ลบแถวปัจจุบัน (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>เลื่อนแถวปัจจุบันขึ้น (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>เลื่อนแถวปัจจุบันลง (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>วางแถว</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet, from the first column: added after the last row or replacing rows from the selected one, after a preview (Ctrl+V)</source>
        <translation>วางแถวที่คัดลอกจากสเปรดชีต เริ่มจากคอลัมน์แรก โดยเพิ่มต่อท้ายแถวสุดท้ายหรือแทนที่ตั้งแต่แถวที่เลือก หลังจากดูตัวอย่างแล้ว (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>เพิ่มแถวใน %1</translation>
    </message>
    <message>
        <source>Remove the current row of %1</source>
        <translation>ลบแถวปัจจุบันของ %1</translation>
    </message>
    <message>
        <source>Move the current row up in %1</source>
        <translation>เลื่อนแถวปัจจุบันขึ้นใน %1</translation>
    </message>
    <message>
        <source>Move the current row down in %1</source>
        <translation>เลื่อนแถวปัจจุบันลงใน %1</translation>
    </message>
    <message>
        <source>Paste rows into %1</source>
        <translation>วางแถวใน %1</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>ข้อเสนอโครงการนี้เปิดแบบอ่านอย่างเดียว: %1</translation>
    </message>
    <message>
        <source>Row %1 removed (Ctrl+Z brings it back).</source>
        <translation>ลบแถวที่ %1 แล้ว (กด Ctrl+Z เพื่อนำกลับมา)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>ล้าง %1</translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation>วางใน %1</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>คลิปบอร์ดไม่มีแถวให้วาง</translation>
    </message>
    <message>
        <source>The pasted rows are already in the table as they are: nothing changed.</source>
        <translation>แถวที่วางมีอยู่ในตารางแล้วตามเดิม ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Paste 1 row into %2</source>
        <translation>วาง 1 แถวใน %2</translation>
    </message>
    <message>
        <source>Paste %1 rows into %2</source>
        <translation>วาง %1 แถวใน %2</translation>
    </message>
    <message>
        <source>Pasted 1 row into row %1 (Ctrl+Z takes the paste back).</source>
        <translation>วาง 1 แถวลงในแถวที่ %1 แล้ว (กด Ctrl+Z เพื่อยกเลิกการวาง)</translation>
    </message>
    <message>
        <source>Pasted %1 rows into rows %2 to %3 (Ctrl+Z takes the paste back).</source>
        <translation>วาง %1 แถวลงในแถวที่ %2 ถึง %3 แล้ว (กด Ctrl+Z เพื่อยกเลิกการวาง)</translation>
    </message>
    <message>
        <source>1 filled cell past the last column (%2) left out.</source>
        <translation>ไม่ได้นำเข้าเซลล์ที่มีข้อมูล 1 เซลล์ซึ่งอยู่เลยคอลัมน์สุดท้าย (%2)</translation>
    </message>
    <message>
        <source>%1 filled cells past the last column (%2) left out.</source>
        <translation>ไม่ได้นำเข้าเซลล์ที่มีข้อมูล %1 เซลล์ซึ่งอยู่เลยคอลัมน์สุดท้าย (%2)</translation>
    </message>
    <message>
        <source>1 cell left out:</source>
        <translation>เซลล์ที่ไม่ได้นำเข้า 1 เซลล์:</translation>
    </message>
    <message>
        <source>%1 cells left out:</source>
        <translation>เซลล์ที่ไม่ได้นำเข้า %1 เซลล์:</translation>
    </message>
    <message>
        <source>1 cell not yet valid (shown in red; the proposal keeps its last valid value until corrected):</source>
        <translation>มี 1 เซลล์ที่ค่ายังไม่ถูกต้อง (แสดงเป็นสีแดง ข้อเสนอโครงการจะใช้ค่าที่ถูกต้องล่าสุดจนกว่าจะแก้ไข):</translation>
    </message>
    <message>
        <source>%1 cells not yet valid (shown in red; the proposal keeps their last valid value until corrected):</source>
        <translation>มี %1 เซลล์ที่ค่ายังไม่ถูกต้อง (แสดงเป็นสีแดง ข้อเสนอโครงการจะใช้ค่าที่ถูกต้องล่าสุดจนกว่าจะแก้ไข):</translation>
    </message>
    <message>
        <source>set by the Add photo button</source>
        <extracomment>Columns filled by a picker rather than typed: the image a photo row shows comes from &quot;Add photo&quot;.</extracomment>
        <translation>กำหนดด้วยปุ่ม เพิ่มภาพถ่าย</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>แถวที่ %1 %2: %3</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>ไม่ได้พิมพ์ลงไป</translation>
    </message>
    <message>
        <source>%1 in row %2 of %3</source>
        <extracomment>The set of refused cells changed (one added, fixed, or moved with its row). Text the model refused, by (row, column): shown instead of the model value, in red. The row objects as last shown, so that refused cells follow their rows. Marks beside row numbers (row -&gt; what they say), e.g. open comments on the row.</extracomment>
        <translation>%1 ในแถวที่ %2 ของ %3</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>another window of this CityPitch</source>
        <translation>หน้าต่างอื่นของ CityPitch นี้</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>โปรแกรมหนึ่ง</translation>
    </message>
    <message>
        <source>%1 (process %2) on this computer</source>
        <translation>%1 (โพรเซส %2) บนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>%1 (process %2) on the computer &apos;%3&apos;</source>
        <translation>%1 (โพรเซส %2) บนคอมพิวเตอร์ “%3”</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>A lock file that names no one is trusted as &quot;being written right now&quot; for this long (seconds).</extracomment>
        <translation>โปรแกรมอื่น</translation>
    </message>
    <message>
        <source>%1 is open in %2. It is shown here read-only so that no one&apos;s changes are overwritten: use Save As to keep your own copy.</source>
        <translation>%1 เปิดอยู่ใน %2 จึงแสดงไว้ที่นี่แบบอ่านอย่างเดียวเพื่อไม่ให้เขียนทับการแก้ไขของผู้อื่น ใช้ บันทึกเป็น เพื่อเก็บสำเนาของคุณเอง</translation>
    </message>
    <message>
        <source>If that computer crashed and the file is not open anywhere, delete the lock file %1 and open the proposal again.</source>
        <translation>หากคอมพิวเตอร์เครื่องนั้นขัดข้องและไม่มีที่ใดเปิดไฟล์นี้อยู่ ให้ลบไฟล์ล็อก %1 แล้วเปิดข้อเสนอโครงการอีกครั้ง</translation>
    </message>
    <message>
        <source>no permission to write in that folder</source>
        <translation>ไม่มีสิทธิ์เขียนในโฟลเดอร์นั้น</translation>
    </message>
    <message>
        <source>the lock file could not be made</source>
        <translation>สร้างไฟล์ล็อกไม่ได้</translation>
    </message>
    <message>
        <source>CityPitch could not mark %1 as open (%2); another window could open it at the same time.</source>
        <translation>CityPitch ไม่สามารถทำเครื่องหมายว่า %1 เปิดอยู่ได้ (%2) หน้าต่างอื่นอาจเปิดไฟล์นี้พร้อมกันได้</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The readiness checks could not run: %1</source>
        <extracomment>View &gt; Language&apos;s entries: each language in its own name, with a key (a Latin letter in brackets where the name has none, as Japanese menus write it).</extracomment>
        <translation>ตรวจสอบความพร้อมด้านการลงทุนไม่ได้: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>บันทึกอัตโนมัติไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>เปิด(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>บันทึกเป็น(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>ส่งออก PDF (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import yearly lines...</source>
        <translation>นำเข้ารายการรายปี(&amp;I)...</translation>
    </message>
    <message>
        <source>Import &amp;funding sources...</source>
        <translation>นำเข้าแหล่งเงินทุน(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>Open sam&amp;ple</source>
        <translation>เปิดตัวอย่าง(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>ล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>โหมดนำเสนอ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Guidance panel</source>
        <translation>แผงคำแนะนำการกรอก(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;revious step</source>
        <translation>ขั้นตอนก่อนหน้า(&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>ขั้นตอนถัดไป(&amp;X)</translation>
    </message>
    <message>
        <source>Next pa&amp;ne</source>
        <translation>ส่วนถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Previous pan&amp;e</source>
        <translation>ส่วนก่อนหน้า(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>ตามค่าของระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CityPitch</source>
        <translation>เกี่ยวกับ CityPitch (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>ทำซ้ำ %1 (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Not started</source>
        <extracomment>Badge colours by step state. The Review step&apos;s badge shows the readiness band with the mark of the matching step state. What each mark means, for the legend under the steps (and for screen readers). (English marked for translation in the context &quot;Navigation&quot;; shown through :func:`translate`.)
----------
The step states&apos; names (the core&apos;s STATE_LABELS), for the interface.</extracomment>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>In progress: warnings open or fields to fill in</source>
        <translation>กำลังดำเนินการ: ยังมีคำเตือนค้างอยู่หรือช่องที่ต้องกรอก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ใกล้พร้อม</translation>
    </message>
    <message>
        <source>Complete: nothing open but tips or answered warnings</source>
        <translation>เสร็จสมบูรณ์: เหลือเพียงคำแนะนำหรือคำเตือนที่ตอบแล้ว</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Has problems: a deal-breaker, a value not accepted, or a contradiction between fields</source>
        <translation>มีปัญหา: มีข้อบกพร่องร้ายแรง ค่าที่ไม่ผ่านการตรวจรับ หรือข้อมูลที่ขัดแย้งกัน</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>ยังไม่พร้อม</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>เสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>มีปัญหา</translation>
    </message>
    <message>
        <source>%1 (on Review: %2)</source>
        <translation>%1 (ในขั้นทบทวน: %2)</translation>
    </message>
    <message>
        <source>What the step marks mean</source>
        <extracomment>The widgets a page&apos;s &quot;first field&quot; may be: inputs, never a button or a label.</extracomment>
        <translation>ความหมายของสัญลักษณ์ขั้นตอน</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>ความหมายของสัญลักษณ์</translation>
    </message>
    <message>
        <source>Guidance</source>
        <extracomment>Steps not shown since the proposal on screen was opened: they start from the top, first field focused. A step whose page is not built yet (the window is hidden) and should take the focus when it is.</extracomment>
        <translation>คำแนะนำการกรอก</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>หน้า %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ขั้นตอนที่ %1 จาก %2: %3</translation>
    </message>
    <message>
        <source>%1: %2; open: %3</source>
        <translation>%1: %2; ค้างอยู่: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 filled): %5</source>
        <translation>%1: %2 (กรอกแล้ว %3 จาก %4): %5</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The row a replacing paste starts at (the current row), or None when only appending is offered. Non-empty cells beyond the last column (left out). (pasted row, column) -&gt; reason, for the cells that do not fit.</extracomment>
        <translation>แถวที่ %1, %2: %3</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>แถวที่ %1</translation>
    </message>
    <message>
        <source>rows %1 to %2</source>
        <translation>แถวที่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>%1, added after the last row</source>
        <translation>%1 เพิ่มต่อจากแถวสุดท้าย</translation>
    </message>
    <message>
        <source>%1, replacing 1 row</source>
        <translation>%1 แทนที่ 1 แถว</translation>
    </message>
    <message>
        <source>%1, replacing %2 rows</source>
        <translation>%1 แทนที่ %2 แถว</translation>
    </message>
    <message>
        <source>%1 and adding %2</source>
        <translation>%1 และเพิ่มอีก %2</translation>
    </message>
    <message>
        <source>Paste 1 row into %2</source>
        <translation>วาง 1 แถวใน %2</translation>
    </message>
    <message>
        <source>Paste %1 rows into %2</source>
        <translation>วาง %1 แถวใน %2</translation>
    </message>
    <message>
        <source>1 row from the clipboard, from the first column (%2).</source>
        <translation>1 แถวจากคลิปบอร์ด เริ่มที่คอลัมน์แรก (%2)</translation>
    </message>
    <message>
        <source>%1 rows from the clipboard, from the first column (%2).</source>
        <translation>%1 แถวจากคลิปบอร์ด เริ่มที่คอลัมน์แรก (%2)</translation>
    </message>
    <message>
        <source>The first line repeats the column headings and is left out.</source>
        <translation>บรรทัดแรกเป็นหัวคอลัมน์ซ้ำ จึงไม่นำเข้า</translation>
    </message>
    <message>
        <source>1 filled cell past the last column (%2) is left out.</source>
        <translation>ไม่นำเข้าเซลล์ที่มีข้อมูล 1 เซลล์ซึ่งอยู่เลยคอลัมน์สุดท้าย (%2)</translation>
    </message>
    <message>
        <source>%1 filled cells past the last column (%2) are left out.</source>
        <translation>ไม่นำเข้าเซลล์ที่มีข้อมูล %1 เซลล์ซึ่งอยู่เลยคอลัมน์สุดท้าย (%2)</translation>
    </message>
    <message>
        <source>Where the rows go</source>
        <translation>ตำแหน่งที่จะวาง</translation>
    </message>
    <message>
        <source>&amp;Add them after the last row</source>
        <translation>เพิ่มต่อจากแถวสุดท้าย(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace rows, starting at row %1 (the selected row)</source>
        <translation>แทนที่แถว เริ่มที่แถวที่ %1 (แถวที่เลือก)(&amp;R)</translation>
    </message>
    <message>
        <source>Rows as they will be pasted</source>
        <translation>แถวตามที่จะถูกวาง</translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation>ใช้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>&amp;Paste 1 row</source>
        <translation>วาง 1 แถว(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste %1 rows</source>
        <translation>วาง %1 แถว(&amp;P)</translation>
    </message>
    <message>
        <source>They become %1.</source>
        <translation>แถวเหล่านี้จะเป็น%1</translation>
    </message>
    <message>
        <source>%1 (replaces)</source>
        <translation>%1 (แทนที่)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (ใหม่)</translation>
    </message>
    <message>
        <source>1 cell does not fit its column. Pasted, it stays in red and is not saved until corrected:</source>
        <translation>มี 1 เซลล์ที่ไม่ตรงกับคอลัมน์ เมื่อวางแล้วจะแสดงเป็นสีแดงและไม่ถูกบันทึกจนกว่าจะแก้ไข:</translation>
    </message>
    <message>
        <source>%1 cells do not fit their column. Pasted, they stay in red and are not saved until corrected:</source>
        <translation>มี %1 เซลล์ที่ไม่ตรงกับคอลัมน์ เมื่อวางแล้วจะแสดงเป็นสีแดงและไม่ถูกบันทึกจนกว่าจะแก้ไข:</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>%1 (type two letters for suggestions)</source>
        <extracomment>How many places the list offers at once. Fewer characters than this offer nothing (one letter matches hundreds of places).</extracomment>
        <translation>%1 (พิมพ์สองตัวอักษรเพื่อดูรายการแนะนำ)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 people</source>
        <translation>%1 — %2, %3 · ประชากร %4 คน</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 people</source>
        <translation>%1 — %2 · ประชากร %3 คน</translation>
    </message>
    <message>
        <source>Choose %1 from the list of places</source>
        <translation>เลือก %1 จากรายชื่อสถานที่</translation>
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
    <name>Questions</name>
    <message>
        <source>CityPitch proposals</source>
        <translation>ข้อเสนอโครงการ CityPitch</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>ทุกไฟล์</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>This proposal has changes that are not saved. Save them first?</source>
        <translation>ข้อเสนอโครงการนี้มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก บันทึกก่อนหรือไม่</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ทิ้ง(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Says what is wrong with the answers so far (&quot;&quot; when they may be recorded).</extracomment>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Open a proposal</source>
        <translation>เปิดข้อเสนอโครงการ</translation>
    </message>
    <message>
        <source>Save the proposal as</source>
        <translation>บันทึกข้อเสนอโครงการเป็น</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Export the PDF</source>
        <translation>ส่งออก PDF</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>เลือกรูปภาพ</translation>
    </message>
    <message>
        <source>About CityPitch</source>
        <translation>เกี่ยวกับ CityPitch</translation>
    </message>
    <message>
        <source>CityPitch %1
From smart-city idea to investor-ready proposal.</source>
        <translation>CityPitch %1
จากแนวคิดเมืองอัจฉริยะ สู่ข้อเสนอโครงการที่พร้อมนำเสนอนักลงทุน</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>today at %1</source>
        <extracomment>Entries that could not be read, with the reason; they are kept, never deleted silently.</extracomment>
        <translation>วันนี้ เวลา %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>เมื่อวาน เวลา %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอโครงการ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>บันทึกอัตโนมัติเมื่อ</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>สิ่งที่จะทำ</translation>
    </message>
    <message>
        <source>Recover</source>
        <extracomment>What each decision is called in the list of choices.</extracomment>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Decide at next start</source>
        <translation>ตัดสินใจเมื่อเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>กู้คืนงานที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>CityPitch was not closed normally last time. These proposals had changes that were not saved; the copies below were made automatically. Recovered proposals open as unsaved work: save them to keep them.</source>
        <translation>ครั้งที่แล้ว CityPitch ไม่ได้ปิดตามปกติ ข้อเสนอโครงการเหล่านี้มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก สำเนาด้านล่างสร้างขึ้นโดยอัตโนมัติ ข้อเสนอโครงการที่กู้คืนจะเปิดเป็นงานที่ยังไม่ได้บันทึก โปรดบันทึกเพื่อเก็บไว้</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>ยังไม่เคยบันทึก</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>สิ่งที่จะทำกับ %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>An unsaved proposal could not be recovered</source>
        <translation>กู้คืนข้อเสนอโครงการที่ยังไม่ได้บันทึกไม่ได้</translation>
    </message>
    <message>
        <source>%1: %2

Its autosaved copy is kept in %3.</source>
        <translation>%1: %2

สำเนาที่บันทึกอัตโนมัติยังเก็บไว้ที่ %3</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>ข้อเสนอโครงการนี้เปิดแบบอ่านอย่างเดียว: %1</translation>
    </message>
    <message>
        <source>This finding cannot be acknowledged</source>
        <translation>ข้อสังเกตนี้ตอบด้วยเหตุผลประกอบไม่ได้</translation>
    </message>
    <message>
        <source>Answer the warning “%1”</source>
        <translation>ตอบคำเตือน “%1”</translation>
    </message>
    <message>
        <source>Withdraw the answer to “%1”</source>
        <translation>ถอนคำตอบของ “%1”</translation>
    </message>
    <message>
        <source>Deal-breakers</source>
        <extracomment>Item data roles: the Review line or gate behind an item, and what the delegate draws. The groups of the findings list, in reading order.</extracomment>
        <translation>ข้อบกพร่องร้ายแรง</translation>
    </message>
    <message>
        <source>Values not accepted</source>
        <translation>ค่าที่ไม่ผ่านการตรวจรับ</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>คำแนะนำ</translation>
    </message>
    <message>
        <source>Answered with a justification</source>
        <translation>ตอบพร้อมเหตุผลประกอบแล้ว</translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation>ยังไม่ได้กรอก</translation>
    </message>
    <message>
        <source>Investor gates</source>
        <translation>เงื่อนไขชี้ขาดของนักลงทุน</translation>
    </message>
    <message>
        <source>Findings, in the order an investor weighs them</source>
        <translation>ข้อสังเกต เรียงตามลำดับที่นักลงทุนให้น้ำหนัก</translation>
    </message>
    <message>
        <source>Points lost by criterion</source>
        <translation>คะแนนที่เสียตามเกณฑ์</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>ข้อสังเกต(&amp;D)</translation>
    </message>
    <message>
        <source>Points by &amp;criterion</source>
        <translation>คะแนนตามเกณฑ์(&amp;C)</translation>
    </message>
    <message>
        <source>The selected line in full</source>
        <translation>ข้อความเต็มของบรรทัดที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>ไปยังช่องข้อมูล(&amp;G)</translation>
    </message>
    <message>
        <source>Show the field (and select the rows) this line is about (Enter on the line)</source>
        <translation>แสดงช่องข้อมูล (และเลือกแถว) ที่บรรทัดนี้กล่าวถึง (กด Enter ที่บรรทัด)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge warning...</source>
        <translation>ตอบคำเตือน(&amp;A)...</translation>
    </message>
    <message>
        <source>Answer a warning with a written justification; deal-breakers cannot be waved away</source>
        <translation>ตอบคำเตือนด้วยเหตุผลประกอบเป็นลายลักษณ์อักษร ข้อบกพร่องร้ายแรงไม่อาจละเลยได้</translation>
    </message>
    <message>
        <source>&amp;Withdraw answer</source>
        <translation>ถอนคำตอบ(&amp;W)</translation>
    </message>
    <message>
        <source>Remove the justification given for this warning</source>
        <translation>ลบเหตุผลประกอบที่ให้ไว้สำหรับคำเตือนนี้</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1 open)</source>
        <translation>ข้อสังเกต (ค้างอยู่ %1)(&amp;D)</translation>
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
        <translation>ไม่มีรายการค้าง: ไม่มีข้อสังเกต และกรอกครบทุกช่องแล้ว</translation>
    </message>
    <message>
        <source>Select a line to see it in full; press Enter (or Go to field) to go to its field.</source>
        <translation>เลือกบรรทัดเพื่อดูข้อความเต็ม กด Enter (หรือ ไปยังช่องข้อมูล) เพื่อไปยังช่องนั้น</translation>
    </message>
    <message>
        <source>deal-breaker</source>
        <extracomment>What each band is called on screen, and its colour (also the Review step&apos;s dot in the sidebar).</extracomment>
        <translation>ข้อบกพร่องร้ายแรง</translation>
    </message>
    <message>
        <source>serious flaw</source>
        <translation>จุดอ่อนสำคัญ</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>จุดอ่อน</translation>
    </message>
    <message>
        <source>polish</source>
        <translation>การขัดเกลา</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 deal-breaker</source>
        <translation>ข้อบกพร่องร้ายแรง %1 รายการ</translation>
    </message>
    <message>
        <source>%1 deal-breakers</source>
        <translation>ข้อบกพร่องร้ายแรง %1 รายการ</translation>
    </message>
    <message>
        <source>%1 value not accepted</source>
        <translation>ค่าที่ไม่ผ่านการตรวจรับ %1 รายการ</translation>
    </message>
    <message>
        <source>%1 values not accepted</source>
        <translation>ค่าที่ไม่ผ่านการตรวจรับ %1 รายการ</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>คำเตือน %1 รายการ</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>คำเตือน %1 รายการ</translation>
    </message>
    <message>
        <source>%1 tip</source>
        <translation>คำแนะนำ %1 รายการ</translation>
    </message>
    <message>
        <source>%1 tips</source>
        <translation>คำแนะนำ %1 รายการ</translation>
    </message>
    <message>
        <source>%1 field to fill in</source>
        <translation>ช่องที่ต้องกรอก %1 ช่อง</translation>
    </message>
    <message>
        <source>%1 fields to fill in</source>
        <translation>ช่องที่ต้องกรอก %1 ช่อง</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>ตอบแล้ว %1 รายการ</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>ไม่มีรายการค้าง</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 และ %2</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 คะแนน</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 คะแนน</translation>
    </message>
    <message>
        <source>%1 of 100, capped by a failed gate (%2 without it)</source>
        <translation>%1 จาก 100 ถูกจำกัดเพราะไม่ผ่านเงื่อนไขชี้ขาด (หากผ่านจะได้ %2)</translation>
    </message>
    <message>
        <source>score 100: no open line costs points, but %1 line is still open</source>
        <translation>คะแนน 100: ไม่มีรายการค้างที่ทำให้เสียคะแนน แต่ยังค้างอยู่ %1 รายการ</translation>
    </message>
    <message>
        <source>score 100: no open line costs points, but %1 lines are still open</source>
        <translation>คะแนน 100: ไม่มีรายการค้างที่ทำให้เสียคะแนน แต่ยังค้างอยู่ %1 รายการ</translation>
    </message>
    <message>
        <source>100 of 100: nothing open</source>
        <translation>100 จาก 100: ไม่มีรายการค้าง</translation>
    </message>
    <message>
        <source>%1 of 100 (%2 lost)</source>
        <translation>%1 จาก 100 (เสีย %2)</translation>
    </message>
    <message>
        <source>Deal-breaker (1 of %1): %2</source>
        <translation>ข้อบกพร่องร้ายแรง (1 จาก %1): %2</translation>
    </message>
    <message>
        <source>Deal-breaker: %1</source>
        <translation>ข้อบกพร่องร้ายแรง: %1</translation>
    </message>
    <message>
        <source>Costliest open finding (%1): %2</source>
        <translation>ข้อสังเกตที่ค้างและเสียคะแนนมากที่สุด (%1): %2</translation>
    </message>
    <message>
        <source>No finding remains; still open: %1.</source>
        <translation>ไม่มีข้อสังเกตเหลือแล้ว ยังค้างอยู่: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fields filled in</source>
        <translation>กรอกแล้ว %1 จาก %2 ช่อง</translation>
    </message>
    <message>
        <source>Open: %1.</source>
        <translation>ค้างอยู่: %1</translation>
    </message>
    <message>
        <source>Nothing open; %1.</source>
        <translation>ไม่มีรายการค้าง %1</translation>
    </message>
    <message>
        <source>Investor gates: %1 of %2 fail</source>
        <translation>เงื่อนไขชี้ขาดของนักลงทุน: ไม่ผ่าน %1 จาก %2 ข้อ</translation>
    </message>
    <message>
        <source>Investor gates: all %1 pass</source>
        <translation>เงื่อนไขชี้ขาดของนักลงทุน: ผ่านทั้ง %1 ข้อ</translation>
    </message>
    <message>
        <source>1 readiness gate is not met (%1)</source>
        <translation>ยังไม่ผ่านเงื่อนไขชี้ขาดของความพร้อมด้านการลงทุน 1 ข้อ (%1)</translation>
    </message>
    <message>
        <source>%1 readiness gates are not met (%2)</source>
        <translation>ยังไม่ผ่านเงื่อนไขชี้ขาดของความพร้อมด้านการลงทุน %1 ข้อ (%2)</translation>
    </message>
    <message>
        <source>%1 (a contradiction between fields)</source>
        <translation>%1 (ข้อมูลขัดแย้งกัน)</translation>
    </message>
    <message>
        <source>%1 (%2 of them a contradiction between fields)</source>
        <translation>%1 (ในจำนวนนี้ %2 รายการเป็นข้อมูลขัดแย้งกัน)</translation>
    </message>
    <message>
        <source>%1 (%2 of them contradictions between fields)</source>
        <translation>%1 (ในจำนวนนี้ %2 รายการเป็นข้อมูลขัดแย้งกัน)</translation>
    </message>
    <message>
        <source>%1 (%2 does not apply)</source>
        <translation>%1 (%2 ข้อไม่เกี่ยวข้อง)</translation>
    </message>
    <message>
        <source>%1 (%2 do not apply)</source>
        <translation>%1 (%2 ข้อไม่เกี่ยวข้อง)</translation>
    </message>
    <message>
        <source>%1. A reader stops at the first that fails.</source>
        <translation>%1 ผู้อ่านจะหยุดที่ข้อแรกที่ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>สิ่งที่ต้องทำ: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>ตำแหน่ง: %1</translation>
    </message>
    <message>
        <source>Comes from: %1</source>
        <translation>ที่มา: %1</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>ข้อเสนอโครงการทั้งฉบับ</translation>
    </message>
    <message>
        <source>%1 (on the %2 step)</source>
        <translation>%1 (ในขั้นตอน %2)</translation>
    </message>
    <message>
        <source>Value not accepted (not saved)</source>
        <translation>ค่าที่ไม่ผ่านการตรวจรับ (ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <source>Deal-breaker · %1</source>
        <translation>ข้อบกพร่องร้ายแรง · %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>คำแนะนำ</translation>
    </message>
    <message>
        <source>Contradiction between fields</source>
        <translation>ข้อมูลขัดแย้งกัน</translation>
    </message>
    <message>
        <source>%1 answered (of %2)</source>
        <translation>%1 หลังตอบแล้ว (จาก %2)</translation>
    </message>
    <message>
        <source>Answered: “%1”. An answered finding still costs half its points: %2 of %3, in %4.</source>
        <translation>ตอบแล้ว: “%1” ข้อสังเกตที่ตอบแล้วยังเสียคะแนนครึ่งหนึ่ง: %2 จาก %3 ใน %4</translation>
    </message>
    <message>
        <source>Costs %1 (%2), in %3.</source>
        <translation>เสีย %1 (%2) ใน %3</translation>
    </message>
    <message>
        <source>%1

What would fix it: %2

An answered warning still costs half its points: %3 instead of %4.</source>
        <translation>%1

วิธีแก้ไข: %2

คำเตือนที่ตอบแล้วยังเสียคะแนนครึ่งหนึ่ง: %3 แทนที่จะเป็น %4</translation>
    </message>
    <message>
        <source>%1: no points lost (it can cost up to %2)</source>
        <translation>%1: ไม่เสียคะแนน (เสียได้สูงสุด %2)</translation>
    </message>
    <message>
        <source>%1: %2 of at most %3 points lost</source>
        <translation>%1: เสีย %2 จากสูงสุด %3 คะแนน</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>อีก %1 รายการ</translation>
    </message>
    <message>
        <source>Checks that lost points: %1</source>
        <translation>การตรวจที่เสียคะแนน: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>names in a list</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; and more</source>
        <translation>%1 และข้ออื่น ๆ</translation>
    </message>
    <message>
        <source>the readiness band is %1</source>
        <translation>ระดับความพร้อมด้านการลงทุนของข้อเสนอคือ %1</translation>
    </message>
    <message>
        <source>sign-off is turned on and the current content is not signed off</source>
        <translation>มีการกำหนดให้ต้องได้รับการอนุมัติขั้นสุดท้าย แต่เนื้อหาปัจจุบันยังไม่ได้รับการอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>sign-off is turned on and the current content is not signed off (the last sign-off is stale)</source>
        <translation>มีการกำหนดให้ต้องได้รับการอนุมัติขั้นสุดท้าย แต่เนื้อหาปัจจุบันยังไม่ได้รับการอนุมัติขั้นสุดท้าย (การอนุมัติครั้งล่าสุดหมดผลแล้ว)</translation>
    </message>
    <message>
        <source>the sign-off record cannot be read (%1)</source>
        <translation>อ่านบันทึกการอนุมัติขั้นสุดท้ายไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>No DRAFT mark will show: no readiness gate fails, the proposal is %1 (score %2), %3</source>
        <translation>จะไม่มีเครื่องหมาย DRAFT: ไม่มีเงื่อนไขชี้ขาดด้านความพร้อมด้านการลงทุนข้อใดไม่ผ่าน ข้อเสนอโครงการอยู่ในระดับ %1 (คะแนน %2) %3</translation>
    </message>
    <message>
        <source>and the current content is signed off.</source>
        <translation>และเนื้อหาปัจจุบันได้รับการอนุมัติขั้นสุดท้ายแล้ว</translation>
    </message>
    <message>
        <source>and sign-off does not hold it back.</source>
        <translation>และการอนุมัติขั้นสุดท้ายไม่ได้ติดค้าง</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The DRAFT mark is off, so the export will not say it is a draft, although %1.</source>
        <translation>เครื่องหมาย DRAFT ปิดอยู่ เอกสารที่ส่งออกจึงไม่ระบุว่าเป็นฉบับร่าง แม้ว่า %1</translation>
    </message>
    <message>
        <source>The Review step says what to do.</source>
        <translation>ขั้นตอนทบทวนบอกสิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>The Versions and sign-off panel (View menu) records the sign-off.</source>
        <translation>แผง เวอร์ชันและการอนุมัติขั้นสุดท้าย (เมนูมุมมอง) ใช้บันทึกการอนุมัติขั้นสุดท้าย</translation>
    </message>
    <message>
        <source>Every page will be marked DRAFT because %1.</source>
        <translation>ทุกหน้าจะมีเครื่องหมาย DRAFT เพราะ %1</translation>
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
    <name>SheetView</name>
    <message>
        <source>No rows yet: press Insert or use Add row. Rows copied from a spreadsheet can be pasted with Ctrl+V.</source>
        <translation>ยังไม่มีแถว กด Insert หรือใช้ เพิ่มแถว แถวที่คัดลอกจากสเปรดชีตวางได้ด้วย Ctrl+V</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <source>Selected slide</source>
        <extracomment>Quiet time after the last edit before the preview is rendered again (ms). Delay before rendering when the preview is shown with something new to render (ms): long enough that paging through the steps does not start a render on every pass. Thumbnails drawn per pass of the event loop (about 4 ms each), so a long deck never stalls the window. Quiet time after an edit before the edited slide is drawn on its own (ms). What the warm process runs for the edited slide. The child process&apos;s id once it has started (evidence that the render left this process). generation, a one-page PDF of the edited slide, {&quot;id&quot;, &quot;number&quot;, &quot;total&quot;}: newer than the deck shown False while a format without slides is chosen (the workbook): nothing is rendered then. Every child process a preview ran in (tests check that renders leave the GUI process). The options the preview on screen was made with (a deck has slides, a leave-behind pages). Render in the application&apos;s warm processes (False: a fresh child process for every render). Every process an edited slide was drawn in (tests check that it stays warm).</extracomment>
        <translation>สไลด์ที่เลือก</translation>
    </message>
    <message>
        <source>Slides</source>
        <extracomment>The slides&apos; minimum height (the form&apos;s), kept while a format without slides is chosen.</extracomment>
        <translation>สไลด์</translation>
    </message>
    <message>
        <source>Updating the preview...</source>
        <extracomment>The edited slide drawn on its own, newer than the deck: (generation, row, document, buffer).</extracomment>
        <translation>กำลังปรับปรุงตัวอย่าง...</translation>
    </message>
    <message>
        <source>The slides appear here a moment after the Export step opens.</source>
        <translation>สไลด์จะแสดงที่นี่ไม่นานหลังจากเปิดขั้นตอนส่งออก</translation>
    </message>
    <message>
        <source>Making the preview of this proposal...</source>
        <translation>กำลังสร้างตัวอย่างของข้อเสนอโครงการนี้...</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>สร้างตัวอย่างไม่ได้: %1</translation>
    </message>
    <message>
        <source>The slides below are from the last preview that worked.</source>
        <translation>สไลด์ด้านล่างมาจากตัวอย่างล่าสุดที่สร้างได้</translation>
    </message>
    <message>
        <source>Slide %1 of %2, as it will be exported. The other slides follow your edits a moment after you stop typing.</source>
        <translation>สไลด์ %1 จาก %2 ตามที่จะส่งออก สไลด์อื่นจะปรับตามการแก้ไขของคุณไม่นานหลังจากหยุดพิมพ์</translation>
    </message>
    <message>
        <source>the rendered PDF could not be read back for display</source>
        <translation>อ่าน PDF ที่สร้างขึ้นเพื่อแสดงผลไม่ได้</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>สไลด์ %1</translation>
    </message>
    <message>
        <source>%1 pages, as they will be exported. The preview follows your edits a moment after you stop typing.</source>
        <translation>%1 หน้า ตามที่จะส่งออก ตัวอย่างจะปรับตามการแก้ไขของคุณไม่นานหลังจากหยุดพิมพ์</translation>
    </message>
    <message>
        <source>%1 slides, as they will be exported. The preview follows your edits a moment after you stop typing.</source>
        <translation>%1 สไลด์ ตามที่จะส่งออก ตัวอย่างจะปรับตามการแก้ไขของคุณไม่นานหลังจากหยุดพิมพ์</translation>
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
        <source>Executive summary</source>
        <extracomment>The main-line slides&apos; names in the table (the English of :data:`wizard.export.story.MAIN_LINE`, marked for translation here; a test keeps the two lists the same).</extracomment>
        <translation>บทสรุปผู้บริหาร</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>The solution</source>
        <translation>แนวทางแก้ไข</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Demand and market</source>
        <translation>ความต้องการและตลาด</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>ความคุ้มค่าทางเศรษฐกิจ</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>แหล่งที่มาและการใช้ไปของเงินทุน</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>โครงสร้าง</translation>
    </message>
    <message>
        <source>Risk allocation</source>
        <translation>การจัดสรรความเสี่ยง</translation>
    </message>
    <message>
        <source>Japanese value-add</source>
        <translation>มูลค่าเพิ่มจากญี่ปุ่น</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>The ask and next steps</source>
        <translation>วงเงินที่ขอรับและขั้นตอนถัดไป</translation>
    </message>
    <message>
        <source>Slide titles</source>
        <translation>หัวข้อสไลด์</translation>
    </message>
    <message>
        <source>Each slide of the deck opens with a title made from your figures. Write your own to replace it: it is printed as written and kept in the project file. Clear it to use the one made from your figures again.</source>
        <translation>สไลด์แต่ละหน้าของสไลด์นำเสนอเริ่มด้วยหัวข้อที่สร้างจากตัวเลขของคุณ เขียนหัวข้อของคุณเองเพื่อใช้แทน หัวข้อนั้นจะพิมพ์ตามที่เขียนไว้และเก็บในไฟล์โครงการ ลบออกเพื่อกลับไปใช้หัวข้อที่สร้างจากตัวเลขของคุณ</translation>
    </message>
    <message>
        <source>Set the title of the slide &apos;%1&apos;</source>
        <translation>ตั้งชื่อเรื่องของสไลด์ “%1”</translation>
    </message>
    <message>
        <source>Clear the title of the slide &apos;%1&apos;</source>
        <translation>ล้างชื่อเรื่องของสไลด์ “%1”</translation>
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
        <source>Spreadsheet number forma&amp;t</source>
        <translation>รูปแบบตัวเลขในสเปรดชีต(&amp;T)</translation>
    </message>
    <message>
        <source>Spreadsheet number format</source>
        <translation>รูปแบบตัวเลขในสเปรดชีต</translation>
    </message>
    <message>
        <source>Bundled sample ‘%1’: a fictional city, for illustration</source>
        <extracomment>The widest a page&apos;s label column may be (pixels at 100% scaling); longer labels wrap. Text this many times its normal size or more (presentation mode) puts labels above their fields. Above its field, a label wraps only when it is wider than this (a page on a 1024-pixel projector is wider). Qt&apos;s &quot;no maximum&quot; for a widget&apos;s size (QWIDGETSIZE_MAX). The accessible name this label gave the box (a box whose form names it keeps the form&apos;s name).</extracomment>
        <translation>ตัวอย่างที่มากับโปรแกรม ‘%1’: เมืองสมมติ ใช้เพื่อประกอบคำอธิบาย</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <extracomment>The Begin box&apos;s widgets, by column (two columns: side by side; one column: the first over the second).</extracomment>
        <translation>(ยังไม่มี)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Edits of one field closer together than this (seconds) merge into one undo step...</extracomment>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>เพิ่มแถวใน %1</translation>
    </message>
    <message>
        <source>Remove row %1 from %2</source>
        <translation>ลบแถวที่ %1 ออกจาก %2</translation>
    </message>
    <message>
        <source>Move row %1 of %2 up</source>
        <translation>ย้ายแถวที่ %1 ของ %2 ขึ้น</translation>
    </message>
    <message>
        <source>Move row %1 of %2 down</source>
        <translation>ย้ายแถวที่ %1 ของ %2 ลง</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Set %1 to %2 (also %3)</source>
        <translation>ตั้ง %1 เป็น %2 (พร้อมกับ %3)</translation>
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

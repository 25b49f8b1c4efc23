<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>the copy was discarded while it was being written</source>
        <extracomment>Quiet time after the last edit before an autosave (milliseconds). Longest time an edit waits for an autosave while the user keeps editing (milliseconds). When (time.monotonic) the snapshot behind the last successful autosave was taken; None until the first one.</extracomment>
        <translation>salinan dibuang saat sedang ditulis</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Simpan otomatis gagal: %1</translation>
    </message>
</context>
<context>
    <name>BudgetNotes</name>
    <message>
        <source>{count} characters over: the whole text moves to the appendix ({code})</source>
        <translation>Lebih {count} karakter: seluruh teks pindah ke lampiran ({code})</translation>
    </message>
    <message>
        <source>{count} characters over: the rest moves to the appendix ({code})</source>
        <translation>Lebih {count} karakter: sisanya pindah ke lampiran ({code})</translation>
    </message>
    <message>
        <source>Part of it moves to the appendix ({code})</source>
        <translation>Sebagian pindah ke lampiran ({code})</translation>
    </message>
    <message>
        <source>{count} characters left on the slide</source>
        <translation>Sisa {count} karakter di slide</translation>
    </message>
</context>
<context>
    <name>CityTeamPage</name>
    <message>
        <source>City and team</source>
        <translation>Kota dan tim</translation>
    </message>
    <message>
        <source>Who the city is, and who stands behind the proposal.</source>
        <translation>Profil kota dan siapa yang berdiri di balik proposal ini.</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Profil kota</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>Kota (&amp;C)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Negara (&amp;O)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>&amp;Province or region</source>
        <translation>&amp;Provinsi atau wilayah</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>Provinsi atau wilayah</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <source>degrees, north positive, e.g. 16.0678</source>
        <translation>derajat, utara positif, mis. 16.0678</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <source>degrees, east positive, e.g. 108.2208</source>
        <translation>derajat, timur positif, mis. 108.2208</translation>
    </message>
    <message>
        <source>Pop&amp;ulation</source>
        <translation>J&amp;umlah penduduk</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Jumlah penduduk</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>Popu&amp;lation year</source>
        <translation>Tahun data penduduk (&amp;L)</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>Tahun data penduduk</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>mis. 2030</translation>
    </message>
    <message>
        <source>Popul&amp;ation growth (% a year)</source>
        <translation>Pertumbuh&amp;an penduduk (% per tahun)</translation>
    </message>
    <message>
        <source>Population growth (% a year)</source>
        <translation>Pertumbuhan penduduk (% per tahun)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>A&amp;rea (km²)</source>
        <translation>Luas (km²) (&amp;R)</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Luas (km²)</translation>
    </message>
    <message>
        <source>&amp;GDP per head (USD)</source>
        <translation>PDB per kapita (USD) (&amp;G)</translation>
    </message>
    <message>
        <source>GDP per head (USD)</source>
        <translation>PDB per kapita (USD)</translation>
    </message>
    <message>
        <source>A&amp;SCN member city</source>
        <translation>Kota anggota A&amp;SCN</translation>
    </message>
    <message>
        <source>ASCN member city</source>
        <translation>Kota anggota ASCN</translation>
    </message>
    <message>
        <source>ASCN focus areas</source>
        <translation>Bidang fokus ASCN</translation>
    </message>
    <message>
        <source>S&amp;mart City Action Plan reference</source>
        <translation>Rujukan Rencana Aksi Kota Cerdas (SCAP) (&amp;M)</translation>
    </message>
    <message>
        <source>Smart City Action Plan reference</source>
        <translation>Rujukan Rencana Aksi Kota Cerdas (SCAP)</translation>
    </message>
    <message>
        <source>C&amp;ity context</source>
        <translation>Konteks kota (&amp;I)</translation>
    </message>
    <message>
        <source>City context</source>
        <translation>Konteks kota</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Lea&amp;d agency</source>
        <translation>Instansi penanggung jawab (&amp;D)</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Instansi penanggung jawab</translation>
    </message>
    <message>
        <source>Pro&amp;ject champion</source>
        <translation>Penggerak proyek (&amp;J)</translation>
    </message>
    <message>
        <source>Project champion</source>
        <translation>Penggerak proyek</translation>
    </message>
    <message>
        <source>Champion&apos;s title</source>
        <translation>Jabatan penggerak proyek</translation>
    </message>
    <message>
        <source>&amp;Team capability and track record</source>
        <translation>Kapasi&amp;tas dan rekam jejak tim</translation>
    </message>
    <message>
        <source>Team capability and track record</source>
        <translation>Kapasitas dan rekam jejak tim</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Changed</source>
        <extracomment>The dialog&apos;s words are in the interface&apos;s language; &quot;Save as text&quot; writes ``citypitch diff``&apos;s English.</extracomment>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Dipindahkan</translation>
    </message>
    <message>
        <source>Total capex</source>
        <extracomment>The key figures&apos; names, by :class:`wizard.review.diff.Figure` id.</extracomment>
        <translation>Total biaya modal (capex)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>Nilai kini bersih (NPV)</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>Tingkat pengembalian internal (IRR)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Periode pengembalian modal</translation>
    </message>
    <message>
        <source>Capex not yet committed</source>
        <translation>Biaya modal (capex) yang belum didanai secara pasti (kesenjangan pendanaan)</translation>
    </message>
    <message>
        <source>deal-breaker</source>
        <translation>hambatan utama</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>saran</translation>
    </message>
    <message>
        <source>%1 (current draft)</source>
        <extracomment>More changes than this are shown without measuring each row&apos;s height (it would take seconds).</extracomment>
        <translation>%1 (draf saat ini)</translation>
    </message>
    <message>
        <source>%1 @ version %2 &quot;%3&quot; (saved %4 by %5)</source>
        <translation>%1 @ versi %2 “%3” (disimpan %4 oleh %5)</translation>
    </message>
    <message>
        <source>%1 @ version %2 &quot;%3&quot; (saved %4)</source>
        <translation>%1 @ versi %2 “%3” (disimpan %4)</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <translation>(tidak dapat dihitung)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(belum dinilai)</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>Skor kesiapan investasi: %1 → %2</translation>
    </message>
    <message>
        <source>Score: %1 (no change)</source>
        <translation>Skor kesiapan investasi: %1 (tidak berubah)</translation>
    </message>
    <message>
        <source>Band: %1 → %2</source>
        <translation>Tingkat kesiapan: %1 → %2</translation>
    </message>
    <message>
        <source>Band: %1 (no change)</source>
        <translation>Tingkat kesiapan: %1 (tidak berubah)</translation>
    </message>
    <message>
        <source>Findings that went (%1):</source>
        <translation>Temuan yang hilang (%1):</translation>
    </message>
    <message>
        <source>Findings that appeared (%1):</source>
        <translation>Temuan yang muncul (%1):</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Seluruh proposal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings: the same</source>
        <translation>Temuan: sama</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Lama: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Baru: %1</translation>
    </message>
    <message>
        <source>No differences: the two proposals hold the same content.</source>
        <translation>Tidak ada perbedaan: kedua proposal berisi konten yang sama.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <source>Key figures, old and new</source>
        <translation>Angka utama, lama dan baru</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Lama</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Kesiapan investasi</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Perubahan (%1)</translation>
    </message>
    <message>
        <source>Changes, old and new side by side</source>
        <translation>Perubahan, lama dan baru berdampingan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom isian</translation>
    </message>
    <message>
        <source>Word by word ([-removed-] {+added+}):</source>
        <translation>Kata demi kata ([-dihapus-] {+ditambahkan+}):</translation>
    </message>
    <message>
        <source>The selected change, word by word</source>
        <translation>Perubahan yang dipilih, kata demi kata</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Select a changed field to see it word by word: removed words struck through, added words marked.</source>
        <translation>Pilih kolom isian yang diubah untuk melihatnya kata demi kata: kata yang dihapus dicoret, kata yang ditambahkan ditandai.</translation>
    </message>
    <message>
        <source>%1, word by word:</source>
        <translation>%1, kata demi kata:</translation>
    </message>
</context>
<context>
    <name>Consult</name>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>No longer attached</source>
        <translation>Tidak lagi terkait</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, oleh %2</translation>
    </message>
    <message>
        <source>%1, 1 reply</source>
        <translation>%1, 1 balasan</translation>
    </message>
    <message>
        <source>%1, %2 replies</source>
        <translation>%1, %2 balasan</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>resolved by %1 on %2</source>
        <translation>diselesaikan oleh %1 pada %2</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>diselesaikan oleh %1</translation>
    </message>
    <message>
        <source>Comment %1 on %2</source>
        <translation>Komentar %1 pada %2</translation>
    </message>
    <message>
        <source>The field or row it was on is gone (it comes back if the row does).</source>
        <translation>Isian atau baris tempatnya sudah tidak ada (komentar kembali jika barisnya kembali).</translation>
    </message>
    <message>
        <source>Reply by %1, %2:</source>
        <translation>Balasan dari %1, %2:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comments</source>
        <extracomment>The markers, panels and status line now show the review part as it is (tests wait for it). True when a table holding comments changed since they were last re-anchored. Raised whenever rows holding comments may have moved (what the overview was made for is kept).</extracomment>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>The selected comment and its replies</source>
        <translation>Komentar terpilih dan balasannya</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>Ke isian (&amp;G)</translation>
    </message>
    <message>
        <source>Show the field or row the comment is on</source>
        <translation>Tampilkan isian atau baris tempat komentar ini</translation>
    </message>
    <message>
        <source>Re&amp;ply...</source>
        <translation>Balas (&amp;P)...</translation>
    </message>
    <message>
        <source>Answer the selected comment</source>
        <translation>Balas komentar yang dipilih</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Tandai selesai (&amp;S)</translation>
    </message>
    <message>
        <source>Mark the selected comment resolved</source>
        <translation>Tandai komentar yang dipilih sebagai selesai</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>Buka lagi (&amp;N)</translation>
    </message>
    <message>
        <source>Open the selected comment again</source>
        <translation>Buka lagi komentar yang dipilih</translation>
    </message>
    <message>
        <source>Comment on the &amp;whole proposal...</source>
        <translation>Komentari seluruh proposal (&amp;W)...</translation>
    </message>
    <message>
        <source>A comment that is on no one field (right-click a field or a table row to comment on it)</source>
        <translation>Komentar yang tidak terkait satu isian tertentu (klik kanan isian atau baris tabel untuk mengomentarinya)</translation>
    </message>
    <message>
        <source>The comments cannot be shown.</source>
        <translation>Komentar tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <source>No comments yet. Right-click a field or a table row to comment on it.</source>
        <translation>Belum ada komentar. Klik kanan isian atau baris tabel untuk mengomentarinya.</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved, %3 no longer attached.</source>
        <translation>%1 terbuka, %2 selesai, %3 tidak lagi terkait.</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved.</source>
        <translation>%1 terbuka, %2 selesai.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Hanya baca: %1</translation>
    </message>
    <message>
        <source>&amp;Save as text...</source>
        <translation>Simpan sebagai teks (&amp;S)...</translation>
    </message>
    <message>
        <source>Write this comparison to a text file</source>
        <translation>Tulis perbandingan ini ke berkas teks</translation>
    </message>
    <message>
        <source>C&amp;opy as text</source>
        <translation>Salin sebagai teks (&amp;O)</translation>
    </message>
    <message>
        <source>Put this comparison on the clipboard as text</source>
        <translation>Salin perbandingan ini ke papan klip sebagai teks</translation>
    </message>
    <message>
        <source>comments</source>
        <extracomment>What a review action changes, as the guard&apos;s questions name it (translated when shown).</extracomment>
        <translation>komentar</translation>
    </message>
    <message>
        <source>saved versions</source>
        <translation>versi tersimpan</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>persetujuan akhir</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>catatan sesi</translation>
    </message>
    <message>
        <source>Versions and sign-off</source>
        <translation>Versi dan persetujuan akhir</translation>
    </message>
    <message>
        <source>Save a &amp;version...</source>
        <translation>Simpan versi (&amp;V)...</translation>
    </message>
    <message>
        <source>Compare &amp;with...</source>
        <translation>Bandingkan dengan (&amp;W)...</translation>
    </message>
    <message>
        <source>Export review &amp;memo...</source>
        <translation>Ekspor memo tinjauan (&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Comment on the whole proposal...</source>
        <translation>Komentari seluruh proposal (&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Sign off...</source>
        <translation>Beri persetujuan akhir (&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Require a sign-off for a final export</source>
        <translation>Wajibkan persetujuan akhir untuk ekspor final (&amp;R)</translation>
    </message>
    <message>
        <source>Add session &amp;notes...</source>
        <translation>Tambah catatan sesi (&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Your name...</source>
        <translation>Nama Anda (&amp;Y)...</translation>
    </message>
    <message>
        <source>Commen&amp;ts panel</source>
        <translation>Panel komentar (&amp;T)</translation>
    </message>
    <message>
        <source>Versions and sign-&amp;off panel</source>
        <translation>Panel versi dan persetujuan akhir (&amp;O)</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <source>Comments and versions are now recorded as written by %1.</source>
        <translation>Mulai sekarang komentar dan versi dicatat sebagai tulisan %1.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Hanya baca</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Proposal ini dibuka hanya baca: %1</translation>
    </message>
    <message>
        <source>“%1” is a plain proposal file (JSON), which cannot hold %2. Comments, saved versions and sign-offs are kept inside a .citypitch file.

Save the proposal as a .citypitch file now, then carry on?</source>
        <translation>“%1” adalah file proposal biasa (JSON) yang tidak dapat menyimpan %2. Komentar, versi tersimpan, dan persetujuan akhir disimpan di dalam file .citypitch.

Simpan proposal sebagai file .citypitch sekarang, lalu lanjutkan?</translation>
    </message>
    <message>
        <source>Save as a .citypitch file first</source>
        <translation>Simpan sebagai file .citypitch terlebih dahulu</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Simpan Sebagai...</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>Proposal secara keseluruhan</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Tentang: %1</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Komentar (&amp;C):</translation>
    </message>
    <message>
        <source>Add a comment on %1</source>
        <translation>Tambahkan komentar pada %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>Reply to comment %1 by %2 on %3:</source>
        <translation>Balasan untuk komentar %1 dari %2 tentang %3:</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>Balasan (&amp;R):</translation>
    </message>
    <message>
        <source>Reply to comment %1</source>
        <translation>Balas komentar %1</translation>
    </message>
    <message>
        <source>Resolve comment %1</source>
        <translation>Tandai komentar %1 selesai</translation>
    </message>
    <message>
        <source>Reopen comment %1</source>
        <translation>Buka kembali komentar %1</translation>
    </message>
    <message>
        <source>%1 open comment</source>
        <translation>%1 komentar terbuka</translation>
    </message>
    <message>
        <source>%1 open comments</source>
        <translation>%1 komentar terbuka</translation>
    </message>
    <message>
        <source>Save version “%1”</source>
        <translation>Simpan versi “%1”</translation>
    </message>
    <message>
        <source>Saved version %1, “%2” (score %3, %4). Save the file to keep it.</source>
        <translation>Versi %1, “%2”, disimpan (skor %3, %4). Simpan file agar versi ini tidak hilang.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Version %1 cannot be opened</source>
        <translation>Versi %1 tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Proposal tanpa judul</translation>
    </message>
    <message>
        <source>%1 @ version %2 “%3”</source>
        <translation>%1 @ versi %2 “%3”</translation>
    </message>
    <message>
        <source>this is version %1, “%2”, saved %3 by %4. Restore it from the Versions panel of the proposal&apos;s own window to work on it.</source>
        <translation>ini adalah versi %1, “%2”, yang disimpan %3 oleh %4. Pulihkan dari panel Versi di jendela proposal itu sendiri untuk mengerjakannya.</translation>
    </message>
    <message>
        <source>this is version %1, “%2”, saved %3. Restore it from the Versions panel of the proposal&apos;s own window to work on it.</source>
        <translation>ini adalah versi %1, “%2”, yang disimpan %3. Pulihkan dari panel Versi di jendela proposal itu sendiri untuk mengerjakannya.</translation>
    </message>
    <message>
        <source>The file no longer holds its images %1.</source>
        <translation>File ini tidak lagi memuat gambarnya %1.</translation>
    </message>
    <message>
        <source>Make version %1, “%2”, the current draft? Undo (Ctrl+Z) takes it back.</source>
        <translation>Jadikan versi %1, “%2”, sebagai draf saat ini? Urungkan (Ctrl+Z) membatalkannya.</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Pulihkan versi</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>The version was not restored</source>
        <translation>Versi tidak dipulihkan</translation>
    </message>
    <message>
        <source>Restore version %1 “%2”</source>
        <translation>Pulihkan versi %1 “%2”</translation>
    </message>
    <message>
        <source>Version %1, “%2”, is the current draft. Undo takes it back.</source>
        <translation>Versi %1, “%2”, kini menjadi draf saat ini. Urungkan membatalkannya.</translation>
    </message>
    <message>
        <source>Remove version %1, “%2”, from the file? Undo (Ctrl+Z) brings it back until you close the file.</source>
        <translation>Hapus versi %1, “%2”, dari file? Urungkan (Ctrl+Z) dapat mengembalikannya sampai file ditutup.</translation>
    </message>
    <message>
        <source>Delete a version</source>
        <translation>Hapus versi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete version %1 “%2”</source>
        <translation>Hapus versi %1 “%2”</translation>
    </message>
    <message>
        <source>Current proposal</source>
        <translation>Proposal saat ini</translation>
    </message>
    <message>
        <source>Cannot compare with this file</source>
        <translation>Tidak dapat dibandingkan dengan file ini</translation>
    </message>
    <message>
        <source>Save the comparison as text</source>
        <translation>Simpan perbandingan sebagai teks</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>The comparison was not written</source>
        <translation>Perbandingan tidak ditulis</translation>
    </message>
    <message>
        <source>Wrote the comparison to %1</source>
        <translation>Perbandingan ditulis ke %1</translation>
    </message>
    <message>
        <source>You are signing off the current content, which is saved version %1, “%2”.</source>
        <translation>Anda memberikan persetujuan akhir atas konten saat ini, yaitu versi tersimpan %1, “%2”.</translation>
    </message>
    <message>
        <source>You are signing off the current content. It is not a saved version yet, so it will be saved as one, so that what was approved can always be opened again.</source>
        <translation>Anda memberikan persetujuan akhir atas konten saat ini. Konten ini belum menjadi versi tersimpan, jadi akan disimpan sebagai versi agar yang disetujui selalu dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>Any later edit makes the sign-off stale; undoing the edit makes it current again.</source>
        <translation>Setiap perubahan sesudahnya membuat persetujuan akhir kedaluwarsa; mengurungkan perubahan itu membuatnya berlaku lagi.</translation>
    </message>
    <message>
        <source>The export keeps its DRAFT mark all the same while %1.</source>
        <translation>Namun hasil ekspor tetap membawa tanda DRAFT selama %1.</translation>
    </message>
    <message>
        <source>Sign off as %1</source>
        <translation>Berikan persetujuan akhir sebagai %1</translation>
    </message>
    <message>
        <source>Signed off by %1 (version %2, “%3”).</source>
        <translation>Persetujuan akhir oleh %1 (versi %2, “%3”).</translation>
    </message>
    <message>
        <source>Require a sign-off</source>
        <translation>Wajibkan persetujuan akhir</translation>
    </message>
    <message>
        <source>Stop requiring a sign-off</source>
        <translation>Tidak lagi mewajibkan persetujuan akhir</translation>
    </message>
    <message>
        <source>Add session notes of %1</source>
        <translation>Tambahkan catatan sesi %1</translation>
    </message>
    <message>
        <source>The review memo cannot be written</source>
        <translation>Memo tinjauan tidak dapat ditulis</translation>
    </message>
    <message>
        <source>Export the review memo</source>
        <translation>Ekspor memo tinjauan</translation>
    </message>
    <message>
        <source>The review memo was not written</source>
        <translation>Memo tinjauan tidak ditulis</translation>
    </message>
    <message>
        <source>Wrote the review memo to %1</source>
        <translation>Memo tinjauan ditulis ke %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Persetujuan akhir</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Kesiapan investasi</translation>
    </message>
    <message>
        <source>Signed off by %1, %2 on %3</source>
        <translation>Persetujuan akhir oleh %1, %2 pada %3</translation>
    </message>
    <message>
        <source>Signed off by %1 on %3</source>
        <translation>Persetujuan akhir oleh %1 pada %3</translation>
    </message>
    <message>
        <source>Sign-off by %1 on %2 is stale: the proposal has changed since</source>
        <translation>Persetujuan akhir oleh %1 pada %2 sudah kedaluwarsa: proposal telah berubah sejak itu</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Belum ada persetujuan akhir</translation>
    </message>
    <message>
        <source>%1 (sign-off is required for a final export)</source>
        <translation>%1 (persetujuan akhir wajib untuk ekspor final)</translation>
    </message>
    <message>
        <source>Sign-off: cannot be read (%1)</source>
        <translation>Persetujuan akhir: tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>. The draft is version %1, “%2”</source>
        <translation>. Draf ini adalah versi %1, “%2”</translation>
    </message>
    <message>
        <source>Keep the proposal as it is now in the file, under a label</source>
        <translation>Simpan proposal seperti sekarang di dalam berkas, dengan sebuah label</translation>
    </message>
    <message>
        <source>Sign o&amp;ff...</source>
        <translation>Persetujuan akhir (&amp;F)...</translation>
    </message>
    <message>
        <source>Approve the current content in your name (any later edit makes it stale)</source>
        <translation>Setujui isi saat ini atas nama Anda (suntingan berikutnya membuatnya kedaluwarsa)</translation>
    </message>
    <message>
        <source>Write something first; an empty comment cannot be recorded.</source>
        <translation>Tulis sesuatu dulu; komentar kosong tidak dapat dicatat.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Comments, replies, saved versions and session notes record who wrote them. Your name is kept on this computer and used from now on.</source>
        <translation>Komentar, balasan, versi tersimpan, dan catatan sesi mencatat siapa yang menulisnya. Nama Anda disimpan di komputer ini dan dipakai mulai sekarang.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nama (&amp;N):</translation>
    </message>
    <message>
        <source>Write your name (for example Maya Tan, Lumara Smart City Office).</source>
        <translation>Tulis nama Anda (misalnya Maya Tan, Lumara Smart City Office).</translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation>Simpan versi</translation>
    </message>
    <message>
        <source>The whole proposal and its images are kept in the file as they are now, under this label. You can open, compare or restore it later.</source>
        <translation>Seluruh proposal dan gambarnya disimpan di dalam berkas seperti sekarang, dengan label ini. Anda dapat membuka, membandingkan, atau memulihkannya nanti.</translation>
    </message>
    <message>
        <source>After workshop 2</source>
        <translation>Setelah lokakarya 2</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Judul (&amp;L):</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Persetujuan akhir</translation>
    </message>
    <message>
        <source>Lead consultant</source>
        <translation>Konsultan utama</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;name:</source>
        <translation>Nama peninjau (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Peran (&amp;R):</translation>
    </message>
    <message>
        <source>A sign-off needs the reviewer&apos;s name.</source>
        <translation>Persetujuan akhir memerlukan nama peninjau.</translation>
    </message>
    <message>
        <source>Attendees, one a line</source>
        <translation>Peserta, satu per baris</translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation>Apa yang dibahas dan disepakati</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tanggal (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Attendees (one a line):</source>
        <translation>Peserta (satu per baris) (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Catatan (&amp;N):</translation>
    </message>
    <message>
        <source>Write who attended or what was discussed.</source>
        <translation>Tulis siapa yang hadir atau apa yang dibahas.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Bandingkan dengan</translation>
    </message>
    <message>
        <source>Compare the current draft with:</source>
        <translation>Bandingkan draf saat ini dengan:</translation>
    </message>
    <message>
        <source>A saved &amp;version of this proposal</source>
        <translation>Versi tersimpan proposal ini (&amp;V)</translation>
    </message>
    <message>
        <source>Another proposal &amp;file...</source>
        <translation>Berkas proposal lain (&amp;F)...</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versi tersimpan</translation>
    </message>
    <message>
        <source>%1. %2 (saved %3 by %4)</source>
        <translation>%1. %2 (disimpan %3 oleh %4)</translation>
    </message>
    <message>
        <source>%1. %2 (saved %3)</source>
        <translation>%1. %2 (disimpan %3)</translation>
    </message>
    <message>
        <source>A saved version of this proposal (the file has none yet)</source>
        <translation>Versi tersimpan proposal ini (berkas belum memilikinya)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>Choose a version in the list, or another file.</source>
        <translation>Pilih versi di daftar, atau berkas lain.</translation>
    </message>
    <message>
        <source>Require a sign-off for an export without the DRAFT mark</source>
        <translation>Wajibkan persetujuan akhir untuk ekspor tanpa tanda DRAFT</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>Buka hanya baca (&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected version in a read-only window</source>
        <translation>Tampilkan versi yang dipilih di jendela hanya baca</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Bandingkan (&amp;C)</translation>
    </message>
    <message>
        <source>Compare the selected version with the current draft (or two selected versions)</source>
        <translation>Bandingkan versi yang dipilih dengan draf saat ini (atau dua versi yang dipilih)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Pulihkan (&amp;R)</translation>
    </message>
    <message>
        <source>Make the selected version the current draft (Undo takes it back)</source>
        <translation>Jadikan versi yang dipilih sebagai draf saat ini (Urungkan membatalkannya)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Hapus (&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected version from the file (Undo brings it back)</source>
        <translation>Hapus versi yang dipilih dari berkas (Urungkan mengembalikannya)</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Catatan sesi</translation>
    </message>
    <message>
        <source>Record the date, who attended and what was discussed</source>
        <translation>Catat tanggal, siapa yang hadir, dan apa yang dibahas</translation>
    </message>
    <message>
        <source>Session notes and comments as a Markdown memo for the team (never for investors)</source>
        <translation>Catatan sesi dan komentar sebagai memo Markdown untuk tim (bukan untuk investor)</translation>
    </message>
    <message>
        <source>(current draft)</source>
        <translation>(draf saat ini)</translation>
    </message>
    <message>
        <source>No session notes yet.</source>
        <translation>Belum ada catatan sesi.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>1 open comment, by %2</source>
        <translation>1 komentar terbuka, oleh %2</translation>
    </message>
    <message>
        <source>%1 open comments, by %2</source>
        <translation>%1 komentar terbuka, oleh %2</translation>
    </message>
    <message>
        <source>Reply by %1: %2</source>
        <extracomment>A marker&apos;s tooltip shows this many comments whole; the rest are counted (all are in the panel).</extracomment>
        <translation>Balasan dari %1: %2</translation>
    </message>
    <message>
        <source>And %1 more: see them all in the Comments panel.</source>
        <translation>Dan %1 lainnya: lihat semuanya di panel Komentar.</translation>
    </message>
    <message>
        <source>Comment on %1...</source>
        <extracomment>What a menu entry asks for: a comment on this path.</extracomment>
        <translation>Komentari %1...</translation>
    </message>
    <message>
        <source>Comment on %1 in row %2 of %3...</source>
        <translation>Komentari %1 di baris %2 pada %3...</translation>
    </message>
    <message>
        <source>Comment on row %1 of %2...</source>
        <translation>Komentari baris %1 pada %2...</translation>
    </message>
    <message>
        <source>Comment on the whole table %1...</source>
        <translation>Komentari seluruh tabel %1...</translation>
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
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>karakter kontrol</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>karakter emoji</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>simbol</translation>
    </message>
    <message>
        <source>unnamed characters</source>
        <translation>karakter tanpa nama</translation>
    </message>
    <message>
        <source>Chinese characters (outside the bundled Japanese set)</source>
        <translation>aksara Tionghoa (di luar himpunan huruf Jepang yang disertakan)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>aksara Yunani</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>aksara Korea (Hangul)</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>aksara Latin</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>aksara Sirilik</translation>
    </message>
    <message>
        <source>The bundled fonts cannot draw the %1 characters here (%2): the PDF export refuses this text until they are removed or replaced.</source>
        <translation>Font bawaan tidak dapat menampilkan %1 di sini (%2): ekspor PDF menolak teks ini sampai karakter tersebut dihapus atau diganti.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 dan %2 lainnya</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Baris %1, %2: %3</translation>
    </message>
    <message>
        <source>the bundled fonts cannot draw some of the text, and an investor would see empty boxes: %1. The fonts cover %2: remove or replace these characters</source>
        <translation>font bawaan tidak dapat menampilkan sebagian teks, sehingga investor akan melihat kotak kosong: %1. Font ini mencakup %2: hapus atau ganti karakter tersebut</translation>
    </message>
    <message>
        <source>%1 has %2 text (%3)</source>
        <translation>%1 berisi teks %2 (%3)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1; and %2 more field(s)</source>
        <translation>%1; dan %2 isian lain</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>Latin (with Vietnamese), Greek, Cyrillic, Japanese, Thai, Khmer, Lao and Burmese</source>
        <translation>Latin (termasuk Vietnam), Yunani, Sirilik, Jepang, Thai, Khmer, Lao, dan Myanmar</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>baris %1, kolom %2 (%3): %4</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>%1: only .xlsx and .csv files can be brought in</source>
        <translation>%1: hanya file .xlsx dan .csv yang dapat diimpor</translation>
    </message>
    <message>
        <source>%1: the file could not be read (%2)</source>
        <translation>%1: file tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; spreadsheets up to %3 MB can be brought in</source>
        <translation>%1: ukuran file %2 MB; spreadsheet yang dapat diimpor paling besar %3 MB</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text; save it from your spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>%1: file ini bukan teks UTF-8; simpan dari spreadsheet Anda sebagai &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>%1: the file is not a CSV text file</source>
        <translation>%1: file ini bukan file teks CSV</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; bring in the yearly lines only</source>
        <translation>%1: lebih dari %2 baris; impor baris tahunan saja</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns</source>
        <translation>%1: baris %2 memiliki lebih dari %3 kolom</translation>
    </message>
    <message>
        <source>%1: this is not an .xlsx workbook (not a zip archive)</source>
        <translation>%1: ini bukan workbook .xlsx (bukan arsip zip)</translation>
    </message>
    <message>
        <source>%1: the workbook has %2 parts; it looks built to overload the reader and is refused</source>
        <translation>%1: workbook ini memiliki %2 bagian; tampaknya dibuat untuk membebani pembaca dan karena itu ditolak</translation>
    </message>
    <message>
        <source>%1: the workbook would unpack to far more than it holds (a zip bomb); it is refused</source>
        <translation>%1: workbook ini akan terurai jauh melebihi ukurannya (bom zip); file ditolak</translation>
    </message>
    <message>
        <source>%1: the workbook links to other files (external links); paste the values into a plain sheet and bring that in</source>
        <translation>%1: workbook ini tertaut ke file lain (tautan eksternal); tempel nilainya ke lembar biasa lalu impor lembar itu</translation>
    </message>
    <message>
        <source>%1: the workbook contains macros; save a copy without macros (.xlsx) and bring that in</source>
        <translation>%1: workbook ini berisi makro; simpan salinan tanpa makro (.xlsx) lalu impor salinan itu</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s XML declares entities (%2); it is refused</source>
        <translation>%1: XML workbook ini mendeklarasikan entitas (%2); file ditolak</translation>
    </message>
    <message>
        <source>%1: the workbook could not be read (%2)</source>
        <translation>%1: workbook tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>%1: there is no sheet named %2 (sheets: %3)</source>
        <translation>%1: tidak ada lembar bernama %2 (lembar yang ada: %3)</translation>
    </message>
    <message>
        <source>%1: the sheet is empty</source>
        <translation>%1: lembar ini kosong</translation>
    </message>
    <message>
        <source>this row has amounts but no year</source>
        <translation>baris ini berisi jumlah tetapi tidak ada tahunnya</translation>
    </message>
    <message>
        <source>no column holds the year; name one &apos;Year&apos; or choose it in the mapping</source>
        <translation>tidak ada kolom yang berisi tahun; beri satu kolom nama &apos;Year&apos; atau pilih kolom itu di pemetaan kolom</translation>
    </message>
    <message>
        <source>the %1 must be a number: %2</source>
        <translation>%1 harus berupa angka: %2</translation>
    </message>
    <message>
        <source>the %1 must be a number</source>
        <translation>%1 harus berupa angka</translation>
    </message>
    <message>
        <source>the %1 must be at least %2</source>
        <translation>%1 paling sedikit %2</translation>
    </message>
    <message>
        <source>the %1 must be at most %2</source>
        <translation>%1 paling banyak %2</translation>
    </message>
    <message>
        <source>the %1 has too many decimals (at most %2)</source>
        <translation>%1 memiliki terlalu banyak angka desimal (paling banyak %2)</translation>
    </message>
    <message>
        <source>the %1 must be one of: %2</source>
        <translation>%1 harus salah satu dari: %2</translation>
    </message>
    <message>
        <source>the %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a number is needed here</source>
        <translation>di sini perlu diisi angka</translation>
    </message>
    <message>
        <source>%1 is not a number; write it like %2</source>
        <translation>%1 bukan angka; tuliskan seperti %2</translation>
    </message>
    <message>
        <source>%1 mixes separators in a way that cannot be read; write it like %2</source>
        <translation>%1 mencampur tanda pemisah sehingga tidak dapat dibaca; tuliskan seperti %2</translation>
    </message>
    <message>
        <source>%1 is not grouped in threes; write it like %2</source>
        <translation>%1 tidak dikelompokkan per tiga angka; tuliskan seperti %2</translation>
    </message>
    <message>
        <source>%1 could be %2 or %3; write %2 for the decimal, or %3 for the whole number</source>
        <translation>%1 bisa berarti %2 atau %3; tulis %2 untuk bilangan desimal, atau %3 untuk bilangan bulat</translation>
    </message>
    <message>
        <source>%1 could be %2 or %3; write %2 for the whole number, %3 for the decimal</source>
        <translation>%1 bisa berarti %2 atau %3; tulis %2 untuk bilangan bulat, %3 untuk bilangan desimal</translation>
    </message>
    <message>
        <source>%1 is not a number in this format; write it like %2</source>
        <translation>%1 bukan angka dalam format ini; tuliskan seperti %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 atau %2</translation>
    </message>
    <message>
        <source>there is no comment %1</source>
        <translation>tidak ada komentar %1</translation>
    </message>
    <message>
        <source>the reply is empty: write what you want to say</source>
        <translation>balasan masih kosong: tuliskan apa yang ingin Anda sampaikan</translation>
    </message>
    <message>
        <source>the comment is empty: write what you want to say</source>
        <translation>komentar masih kosong: tuliskan apa yang ingin Anda sampaikan</translation>
    </message>
    <message>
        <source>the reply is too long (%1 characters; at most %2)</source>
        <translation>balasan terlalu panjang (%1 karakter; paling banyak %2)</translation>
    </message>
    <message>
        <source>the comment is too long (%1 characters; at most %2)</source>
        <translation>komentar terlalu panjang (%1 karakter; paling banyak %2)</translation>
    </message>
    <message>
        <source>say who the person resolving it is (a name)</source>
        <translation>sebutkan nama orang yang menyelesaikannya</translation>
    </message>
    <message>
        <source>say who the author is (a name)</source>
        <translation>sebutkan nama penulisnya</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>Seluruh proposal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has 1 row, so there is no row %3</source>
        <translation>&apos;%1&apos;: %2 hanya memiliki 1 baris, jadi tidak ada baris %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has %3 rows, so there is no row %4</source>
        <translation>&apos;%1&apos;: %2 memiliki %3 baris, jadi tidak ada baris %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>catatan sesi</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>catatan persetujuan akhir</translation>
    </message>
    <message>
        <source>saved versions</source>
        <translation>versi tersimpan</translation>
    </message>
    <message>
        <source>contents of the saved versions</source>
        <translation>isi versi tersimpan</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged and cannot be read; they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1 (%2) rusak dan tidak dapat dibaca; isinya tetap tersimpan tanpa perubahan di dalam file, tetapi tidak dapat diubah di sini</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged (not a JSON object); they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1 (%2) rusak (bukan objek JSON); isinya tetap tersimpan tanpa perubahan di dalam file, tetapi tidak dapat diubah di sini</translation>
    </message>
    <message>
        <source>the %1 (%2) have an unreadable format number %3</source>
        <translation>nomor format %3 pada %1 (%2) tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the %1 (%2) were written by a newer CityPitch (format %3); this version keeps them unchanged but cannot show or change them. Update CityPitch</source>
        <translation>%1 (%2) ditulis oleh CityPitch versi yang lebih baru (format %3); versi ini menyimpannya tanpa perubahan tetapi tidak dapat menampilkan atau mengubahnya. Perbarui CityPitch</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged (%3); they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1 (%2) rusak (%3); isinya tetap tersimpan tanpa perubahan di dalam file, tetapi tidak dapat diubah di sini</translation>
    </message>
    <message>
        <source>the %1 (%2) are nested too deeply to be read</source>
        <translation>%1 (%2) bersarang terlalu dalam sehingga tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the %1 would take %2 MB, more than a project file may hold in one part (%3 MB); nothing was changed</source>
        <translation>%1 akan berukuran %2 MB, melebihi batas satu bagian file proyek (%3 MB); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>the file would hold %1 parts, more than CityPitch reads back (%2); delete old versions that use images the draft no longer has, then try again</source>
        <translation>file akan berisi %1 bagian, melebihi yang dapat dibaca kembali oleh CityPitch (%2); hapus versi lama yang memakai gambar yang sudah tidak ada di draf, lalu coba lagi</translation>
    </message>
    <message>
        <source>the saved versions are damaged (%1); the file keeps them unchanged, but this version cannot be opened</source>
        <translation>versi tersimpan rusak (%1); file menyimpannya tanpa perubahan, tetapi versi ini tidak dapat dibuka</translation>
    </message>
    <message>
        <source>a version unpacks to more data than any proposal holds</source>
        <translation>ada versi yang jika diurai menjadi data lebih besar daripada proposal mana pun</translation>
    </message>
    <message>
        <source>a value is stored in a form this version does not know</source>
        <translation>ada nilai yang disimpan dalam bentuk yang tidak dikenal versi ini</translation>
    </message>
    <message>
        <source>a reference is malformed</source>
        <translation>ada rujukan yang formatnya rusak</translation>
    </message>
    <message>
        <source>part %1 is missing</source>
        <translation>bagian %1 hilang</translation>
    </message>
    <message>
        <source>part %1 does not match its checksum</source>
        <translation>bagian %1 tidak cocok dengan checksum-nya</translation>
    </message>
    <message>
        <source>part %1 is malformed</source>
        <translation>format bagian %1 rusak</translation>
    </message>
    <message>
        <source>the contents of the saved versions are damaged (no object table)</source>
        <translation>isi versi tersimpan rusak (tidak ada tabel objek)</translation>
    </message>
    <message>
        <source>the file has no saved versions</source>
        <translation>file ini tidak memiliki versi tersimpan</translation>
    </message>
    <message>
        <source>there is no version %1 (versions: %2)</source>
        <translation>tidak ada versi %1 (versi yang ada: %2)</translation>
    </message>
    <message>
        <source>no version is labelled %1 (see &apos;citypitch versions FILE&apos;)</source>
        <translation>tidak ada versi berjudul %1 (lihat &apos;citypitch versions FILE&apos;)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>a version needs a label, such as &apos;After workshop 2&apos;</source>
        <translation>versi memerlukan judul, misalnya &apos;Setelah lokakarya 2&apos;</translation>
    </message>
    <message>
        <source>the label is too long (at most %1 characters)</source>
        <translation>judul terlalu panjang (paling banyak %1 karakter)</translation>
    </message>
    <message>
        <source>a label cannot be only digits (numbers name versions by their number)</source>
        <translation>judul tidak boleh hanya berisi angka (angka dipakai untuk menyebut versi menurut nomornya)</translation>
    </message>
    <message>
        <source>version %1 is already labelled %2; choose another label</source>
        <translation>versi %1 sudah berjudul %2; pilih judul lain</translation>
    </message>
    <message>
        <source>its parts are nested too deeply</source>
        <translation>bagian-bagiannya bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>its top part is not a proposal</source>
        <translation>bagian teratasnya bukan proposal</translation>
    </message>
    <message>
        <source>version %1 cannot be opened: %2</source>
        <translation>versi %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>version %1 cannot be restored: the file no longer holds its images %2</source>
        <translation>versi %1 tidak dapat dipulihkan: file tidak lagi memuat gambarnya %2</translation>
    </message>
    <message>
        <source>a session note needs notes or attendees</source>
        <translation>catatan sesi memerlukan catatan atau peserta</translation>
    </message>
    <message>
        <source>the notes are too long (%1 characters; at most %2)</source>
        <translation>catatan terlalu panjang (%1 karakter; paling banyak %2)</translation>
    </message>
    <message>
        <source>a sign-off needs the reviewer&apos;s name</source>
        <translation>persetujuan akhir memerlukan nama peninjau</translation>
    </message>
    <message>
        <source>the sign-off record cannot be read (%1)</source>
        <translation>catatan persetujuan akhir tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>must be more than %1 and at most %2</source>
        <translation>harus lebih dari %1 dan paling banyak %2</translation>
    </message>
    <message>
        <source>must be a year between %1 and %2</source>
        <translation>harus berupa tahun antara %1 dan %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>harus antara %1 dan %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>paling sedikit %1</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>harus lebih dari %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>paling banyak %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>harus berupa bilangan bulat</translation>
    </message>
    <message>
        <source>must be a year (four digits)</source>
        <translation>harus berupa tahun (empat angka)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>harus berupa angka</translation>
    </message>
    <message>
        <source>can have at most %1 decimal places</source>
        <translation>paling banyak %1 angka desimal</translation>
    </message>
    <message>
        <source>is too large: it must be between %1 and %2</source>
        <translation>terlalu besar: harus antara %1 dan %2</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>terlalu besar</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>harus salah satu dari: %1</translation>
    </message>
    <message>
        <source>is not one of the allowed choices</source>
        <translation>bukan salah satu pilihan yang diperbolehkan</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>terlalu panjang (paling banyak %1 karakter)</translation>
    </message>
    <message>
        <source>must be a colour written like #1A6B8C</source>
        <translation>harus berupa warna yang ditulis seperti #1A6B8C</translation>
    </message>
    <message>
        <source>has the wrong format</source>
        <translation>formatnya salah</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>contains a broken character (half of a UTF-16 pair): the text was damaged on the way; type that part again</source>
        <translation>berisi karakter rusak (separuh pasangan UTF-16): teks rusak dalam perjalanan; ketik ulang bagian itu</translation>
    </message>
    <message>
        <source>contains a NUL character (a zero byte) at position %1, which text cannot hold: the file is damaged or not text there; remove it</source>
        <translation>berisi karakter NUL (bita nol) di posisi %1, yang tidak dapat dimuat dalam teks: file rusak atau bagian itu bukan teks; hapus karakter tersebut</translation>
    </message>
    <message>
        <source>contains a broken character (half of a UTF-16 pair) at position %1: the text was damaged on the way; type that part again</source>
        <translation>berisi karakter rusak (separuh pasangan UTF-16) di posisi %1: teks rusak dalam perjalanan; ketik ulang bagian itu</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>harus ya atau tidak</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>harus berupa tanggal yang ditulis YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a date and time written like 2026-11-30T10:00:00</source>
        <translation>harus berupa tanggal dan waktu yang ditulis seperti 2026-11-30T10:00:00</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>harus berupa daftar</translation>
    </message>
    <message>
        <source>must be a group of fields (an object)</source>
        <translation>harus berupa kelompok isian (sebuah objek)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>is not a field CityPitch knows</source>
        <translation>bukan isian yang dikenal CityPitch</translation>
    </message>
    <message>
        <source>is not valid (%1: %2)</source>
        <translation>tidak valid (%1: %2)</translation>
    </message>
    <message>
        <source>is not valid (%1)</source>
        <translation>tidak valid (%1)</translation>
    </message>
    <message>
        <source>%1 (got %2)</source>
        <translation>%1 (isinya %2)</translation>
    </message>
    <message>
        <source>%1; and 1 more problem</source>
        <translation>%1; dan 1 masalah lain</translation>
    </message>
    <message>
        <source>%1; and %2 more problems</source>
        <translation>%1; dan %2 masalah lain</translation>
    </message>
    <message>
        <source>the proposal&apos;s text</source>
        <translation>teks proposal</translation>
    </message>
    <message>
        <source>the deck would have %1 slides; an export makes at most %2. %3 takes %4 of them: shorten it, or move part of it to a separate annex.</source>
        <translation>materi presentasi akan berisi %1 slide; ekspor paling banyak membuat %2. %3 memakai %4 slide di antaranya: persingkat, atau pindahkan sebagian ke lampiran terpisah.</translation>
    </message>
    <message>
        <source>%1 has %2 rows; an export takes at most %3. Keep the most important ones, or move the rest to a separate annex.</source>
        <translation>%1 berisi %2 baris; ekspor paling banyak menerima %3. Simpan yang paling penting, atau pindahkan sisanya ke lampiran terpisah.</translation>
    </message>
    <message>
        <source>the proposal holds %1 characters of text; an export takes at most %2. The largest part is %3 (%4 characters).</source>
        <translation>proposal berisi %1 karakter teks; ekspor paling banyak menerima %2. Bagian terbesar adalah %3 (%4 karakter).</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>buku kerja</translation>
    </message>
    <message>
        <source>the PowerPoint deck</source>
        <translation>materi presentasi PowerPoint</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>proyek</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <source>the text file</source>
        <translation>berkas teks</translation>
    </message>
    <message>
        <source>the folder does not exist (%1); choose another place for %2</source>
        <translation>folder tidak ada (%1); pilih tempat lain untuk %2</translation>
    </message>
    <message>
        <source>this is the project itself: writing %1 here would replace the proposal. Choose another file name</source>
        <translation>ini adalah berkas proyek itu sendiri: menulis %1 di sini akan menimpa proposal. Pilih nama berkas lain</translation>
    </message>
    <message>
        <source>this file holds a CityPitch project; writing %1 here would replace it. Choose another file name</source>
        <translation>berkas ini berisi proyek CityPitch; menulis %1 di sini akan menimpanya. Pilih nama berkas lain</translation>
    </message>
    <message>
        <source>this file holds a CityPitch project; writing %1 here would replace it (the old one would be kept as %2). Choose another file name</source>
        <translation>berkas ini berisi proyek CityPitch; menulis %1 di sini akan menimpanya (yang lama disimpan sebagai %2). Pilih nama berkas lain</translation>
    </message>
    <message>
        <source>a name ending in %1 is for CityPitch projects; %2 written here would replace or pass for a project. Choose another file name</source>
        <translation>nama yang berakhiran %1 khusus untuk proyek CityPitch; %2 yang ditulis di sini akan menimpa proyek atau dikira sebagai proyek. Pilih nama berkas lain</translation>
    </message>
    <message>
        <source>this names a folder, not a file: choose a file name</source>
        <translation>ini nama folder, bukan berkas: pilih nama berkas</translation>
    </message>
    <message>
        <source>the path cannot be followed (%1)</source>
        <translation>jalur ini tidak dapat diikuti (%1)</translation>
    </message>
    <message>
        <source>the path is a loop of links that never reaches a file: nothing was written</source>
        <translation>jalur ini berupa lingkaran tautan yang tidak pernah sampai ke berkas: tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>this is %1, not a file: CityPitch only replaces regular files, so nothing was written. Choose a file name</source>
        <translation>ini adalah %1, bukan berkas: CityPitch hanya menimpa berkas biasa, jadi tidak ada yang ditulis. Pilih nama berkas</translation>
    </message>
    <message>
        <source>this is %1, not a file (the link leads to %2): CityPitch only replaces regular files, so nothing was written. Choose a file name</source>
        <translation>ini adalah %1, bukan berkas (tautannya mengarah ke %2): CityPitch hanya menimpa berkas biasa, jadi tidak ada yang ditulis. Pilih nama berkas</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>perangkat</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>named pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>soket</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>sesuatu yang bukan berkas</translation>
    </message>
    <message>
        <source>the file could not be saved: %1. Nothing was changed on disk; choose another place to save it</source>
        <translation>berkas tidak dapat disimpan: %1. Tidak ada yang berubah di disk; pilih tempat lain untuk menyimpannya</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>kuota disk sudah habis</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>folder hanya dapat dibaca</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <source>the folder does not exist (was it moved or unplugged?)</source>
        <translation>folder tidak ada (apakah dipindahkan atau dicabut?)</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>sebagian jalur bukan folder</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>nama berkas terlalu panjang</translation>
    </message>
    <message>
        <source>a folder is in the way</source>
        <translation>ada folder yang menghalangi</translation>
    </message>
    <message>
        <source>the path is a loop of links</source>
        <translation>jalur ini berupa lingkaran tautan</translation>
    </message>
    <message>
        <source>the file and its folder are on different disks</source>
        <translation>berkas dan foldernya berada di disk yang berbeda</translation>
    </message>
    <message>
        <source>the financial case has no yearly lines within its period, so there is no model to export; enter the yearly capex, opex and revenue first</source>
        <translation>analisis keuangan tidak memiliki baris arus kas tahunan dalam periodenya, jadi tidak ada model untuk diekspor; isi dulu biaya modal (capex), biaya operasional (opex), dan pendapatan tahunan</translation>
    </message>
    <message>
        <source>the image %1 %2</source>
        <translation>gambar %1 %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>is too large (%1 MB; the limit is %2 MB): save a smaller copy</source>
        <translation>terlalu besar (%1 MB; batasnya %2 MB): simpan salinan yang lebih kecil</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image (%1); save it as PNG or JPEG</source>
        <translation>bukan gambar PNG atau JPEG (%1); simpan sebagai PNG atau JPEG</translation>
    </message>
    <message>
        <source>it looks like SVG, which is not accepted</source>
        <translation>tampaknya SVG, yang tidak diterima</translation>
    </message>
    <message>
        <source>it looks like GIF</source>
        <translation>tampaknya GIF</translation>
    </message>
    <message>
        <source>it looks like WebP</source>
        <translation>tampaknya WebP</translation>
    </message>
    <message>
        <source>it looks like a PDF</source>
        <translation>tampaknya PDF</translation>
    </message>
    <message>
        <source>it looks like TIFF</source>
        <translation>tampaknya TIFF</translation>
    </message>
    <message>
        <source>it looks like BMP</source>
        <translation>tampaknya BMP</translation>
    </message>
    <message>
        <source>the file type is not recognised</source>
        <translation>jenis berkas tidak dikenali</translation>
    </message>
    <message>
        <source>has no pixels (its header says width or height is 0): the file is damaged</source>
        <translation>tidak memiliki piksel (header-nya menyatakan lebar atau tinggi 0): berkas rusak</translation>
    </message>
    <message>
        <source>is too large (%1 x %2 pixels, %3 megapixels; the limit is %4 megapixels and %5 pixels a side): scale it down first</source>
        <translation>terlalu besar (%1 x %2 piksel, %3 megapiksel; batasnya %4 megapiksel dan %5 piksel per sisi): perkecil dulu</translation>
    </message>
    <message>
        <source>is a truncated PNG (it ends before its last chunk): the file is damaged</source>
        <translation>PNG yang terpotong (berakhir sebelum chunk terakhirnya): berkas rusak</translation>
    </message>
    <message>
        <source>is a truncated PNG (a chunk runs past the end of the file): the file is damaged</source>
        <translation>PNG yang terpotong (sebuah chunk melewati akhir berkas): berkas rusak</translation>
    </message>
    <message>
        <source>is a damaged PNG (chunk %1 fails its checksum)</source>
        <translation>PNG yang rusak (checksum chunk %1 tidak cocok)</translation>
    </message>
    <message>
        <source>is a damaged PNG (it does not start with an image header)</source>
        <translation>PNG yang rusak (tidak diawali header gambar)</translation>
    </message>
    <message>
        <source>is a damaged PNG (it holds no image data)</source>
        <translation>PNG yang rusak (tidak berisi data gambar)</translation>
    </message>
    <message>
        <source>is a damaged JPEG (a marker is missing where one must be)</source>
        <translation>JPEG yang rusak (penanda yang seharusnya ada tidak ditemukan)</translation>
    </message>
    <message>
        <source>is a truncated JPEG (a segment runs past the end of the file)</source>
        <translation>JPEG yang terpotong (sebuah segmen melewati akhir berkas)</translation>
    </message>
    <message>
        <source>is a damaged JPEG (its frame header is too short)</source>
        <translation>JPEG yang rusak (header frame-nya terlalu pendek)</translation>
    </message>
    <message>
        <source>is a damaged JPEG (image data comes before the frame header)</source>
        <translation>JPEG yang rusak (data gambar muncul sebelum header frame)</translation>
    </message>
    <message>
        <source>is a truncated JPEG (the end-of-image marker is missing)</source>
        <translation>JPEG yang terpotong (penanda akhir gambar tidak ada)</translation>
    </message>
    <message>
        <source>is a truncated JPEG (it ends before its image data)</source>
        <translation>JPEG yang terpotong (berakhir sebelum data gambarnya)</translation>
    </message>
    <message>
        <source>is damaged: its pixels cannot be read (%1); export it again from the original, or use another image</source>
        <translation>rusak: pikselnya tidak dapat dibaca (%1); ekspor ulang dari aslinya, atau gunakan gambar lain</translation>
    </message>
    <message>
        <source>is damaged: its compressed pixel data is cut short or fails its checksum; export it again from the original, or use another image</source>
        <translation>rusak: data piksel terkompresinya terpotong atau checksum-nya tidak cocok; ekspor ulang dari aslinya, atau gunakan gambar lain</translation>
    </message>
    <message>
        <source>is damaged: its header and its pixels disagree about its size</source>
        <translation>rusak: header dan pikselnya tidak sepakat tentang ukurannya</translation>
    </message>
    <message>
        <source>is a truncated JPEG (its image data stops before the last rows and was closed early): export it again from the original, or use another image</source>
        <translation>JPEG yang terpotong (data gambarnya berhenti sebelum baris terakhir dan ditutup terlalu awal): ekspor ulang dari aslinya, atau gunakan gambar lain</translation>
    </message>
    <message>
        <source>is named in the proposal (branding) but is not in the project; add it again or clear the field</source>
        <translation>disebut dalam proposal (identitas visual) tetapi tidak ada di proyek; tambahkan lagi atau kosongkan isiannya</translation>
    </message>
    <message>
        <source>the export process</source>
        <translation>proses ekspor</translation>
    </message>
    <message>
        <source>the render process</source>
        <translation>proses render</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>ekspor</translation>
    </message>
    <message>
        <source>the render</source>
        <translation>render</translation>
    </message>
    <message>
        <source>the export took longer than %1 seconds and was stopped; no file was written. Large images or very long texts are the usual cause</source>
        <translation>ekspor berlangsung lebih dari %1 detik dan dihentikan; tidak ada yang ditulis. Penyebab umumnya adalah gambar besar atau teks yang sangat panjang</translation>
    </message>
    <message>
        <source>the export needed more than %1 MB of memory and was stopped; no file was written. Smaller images usually help</source>
        <translation>ekspor membutuhkan memori lebih dari %1 MB dan dihentikan; tidak ada yang ditulis. Gambar yang lebih kecil biasanya membantu</translation>
    </message>
    <message>
        <source>the export stopped with an internal error (%1); no file was written</source>
        <translation>ekspor berhenti karena kesalahan internal (%1); tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>%1 reported success but wrote no file; no file was written</source>
        <translation>%1 melaporkan berhasil tetapi tidak menulis berkas; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>%1 tidak dapat dijalankan (%2)</translation>
    </message>
    <message>
        <source>%1 was killed by the system, most likely because the computer ran out of memory; no file was written.</source>
        <translation>%1 dihentikan paksa oleh sistem, kemungkinan besar karena komputer kehabisan memori; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 crashed (%2); no file was written.</source>
        <translation>%1 mogok (%2); tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 ended unexpectedly (exit status %2); no file was written.</source>
        <translation>%1 berhenti secara tak terduga (status keluar %2); tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 Last words: %2</source>
        <translation>%1 Keluaran terakhir: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>this is a folder, not a CityPitch file</source>
        <translation>ini adalah folder, bukan berkas CityPitch</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>berkas terlalu besar (%1 MB; batasnya %2 MB)</translation>
    </message>
    <message>
        <source>permission denied: CityPitch may not read this file</source>
        <translation>izin ditolak: CityPitch tidak diizinkan membaca berkas ini</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>berkas tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (not a readable CityPitch archive)</source>
        <translation>berkas rusak atau terpotong (bukan arsip CityPitch yang dapat dibaca)</translation>
    </message>
    <message>
        <source>the archive has no %1: it is not a CityPitch project</source>
        <translation>arsip ini tidak berisi %1: ini bukan proyek CityPitch</translation>
    </message>
    <message>
        <source>the file is too large for a proposal (%1 MB at most)</source>
        <translation>berkas terlalu besar untuk sebuah proposal (paling besar %1 MB)</translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>the proposal (%1)</source>
        <translation>proposal (%1)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: the file is damaged or not a CityPitch file</source>
        <translation>%1 bukan teks UTF-8: berkas rusak atau bukan berkas CityPitch</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, not %2</source>
        <translation>%1 harus berupa objek JSON, bukan %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4)</source>
        <translation>%1 bukan JSON yang valid (baris %2, kolom %3: %4)</translation>
    </message>
    <message>
        <source>it was written by a newer version of CityPitch (schema %1; this version reads up to %2). Update CityPitch to open it</source>
        <translation>berkas ini dibuat oleh versi CityPitch yang lebih baru (skema %1; versi ini membaca sampai %2). Perbarui CityPitch untuk membukanya</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose a date from the calendar (%1)</source>
        <translation>Pilih tanggal dari kalender (%1)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Arrow keys move by day and week, Page Up and Page Down by month; Enter takes the date, Escape closes</source>
        <translation>Tombol panah berpindah per hari dan minggu, Page Up dan Page Down per bulan; Enter memilih tanggal, Escape menutup</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>this proposal is open read-only: %1</source>
        <extracomment>Why the document may not be edited (another editor holds the file, a newer schema), or None.</extracomment>
        <translation>proposal ini dibuka hanya untuk dibaca: %1</translation>
    </message>
</context>
<context>
    <name>EconomyPage</name>
    <message>
        <source>Economic engine</source>
        <translation>Penggerak ekonomi</translation>
    </message>
    <message>
        <source>The conditions that let businesses invest and grow, and how far the project has been studied.</source>
        <translation>Kondisi yang memungkinkan dunia usaha berinvestasi dan tumbuh, serta sejauh mana proyek telah dikaji.</translation>
    </message>
    <message>
        <source>Growth conditions</source>
        <translation>Kondisi pertumbuhan</translation>
    </message>
    <message>
        <source>&amp;Conditions for business</source>
        <translation>Kondisi bagi dunia usaha (&amp;C)</translation>
    </message>
    <message>
        <source>Conditions for business</source>
        <translation>Kondisi bagi dunia usaha</translation>
    </message>
    <message>
        <source>En&amp;abling infrastructure</source>
        <translation>Infr&amp;astruktur pendukung</translation>
    </message>
    <message>
        <source>Enabling infrastructure</source>
        <translation>Infrastruktur pendukung</translation>
    </message>
    <message>
        <source>&amp;Regulation and enabling law</source>
        <translation>&amp;Regulasi dan dasar hukum</translation>
    </message>
    <message>
        <source>Regulation and enabling law</source>
        <translation>Regulasi dan dasar hukum</translation>
    </message>
    <message>
        <source>&amp;Market access and demand</source>
        <translation>Akses pasar dan per&amp;mintaan</translation>
    </message>
    <message>
        <source>Market access and demand</source>
        <translation>Akses pasar dan permintaan</translation>
    </message>
    <message>
        <source>Reven&amp;ue model</source>
        <translation>Model pendapatan (&amp;U)</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>Model pendapatan</translation>
    </message>
    <message>
        <source>&amp;Direct jobs</source>
        <translation>Lapangan kerja langsung (&amp;D)</translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation>Lapangan kerja langsung</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>&amp;Indirect jobs</source>
        <translation>Lapangan kerja t&amp;idak langsung</translation>
    </message>
    <message>
        <source>Indirect jobs</source>
        <translation>Lapangan kerja tidak langsung</translation>
    </message>
    <message>
        <source>&amp;Scalability and replication</source>
        <translation>&amp;Skalabilitas dan replikasi</translation>
    </message>
    <message>
        <source>Scalability and replication</source>
        <translation>Skalabilitas dan replikasi</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Kelayakan</translation>
    </message>
    <message>
        <source>Feasibi&amp;lity study status</source>
        <translation>Status studi ke&amp;layakan</translation>
    </message>
    <message>
        <source>Feasibility study status</source>
        <translation>Status studi kelayakan</translation>
    </message>
    <message>
        <source>S&amp;tudy prepared by</source>
        <translation>S&amp;tudi disusun oleh</translation>
    </message>
    <message>
        <source>Study prepared by</source>
        <translation>Studi disusun oleh</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Tahun studi</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>mis. 2030</translation>
    </message>
    <message>
        <source>&amp;Options considered</source>
        <translation>Alternatif yang dipertimbangkan (&amp;O)</translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation>Alternatif yang dipertimbangkan</translation>
    </message>
    <message>
        <source>Technical &amp;justification</source>
        <translation>&amp;Justifikasi teknis</translation>
    </message>
    <message>
        <source>Technical justification</source>
        <translation>Justifikasi teknis</translation>
    </message>
    <message>
        <source>Demand forecast</source>
        <translation>Proyeksi permintaan</translation>
    </message>
    <message>
        <source>Demand forecast &amp;prepared by</source>
        <translation>&amp;Proyeksi permintaan disusun oleh</translation>
    </message>
    <message>
        <source>Demand forecast prepared by</source>
        <translation>Proyeksi permintaan disusun oleh</translation>
    </message>
    <message>
        <source>Forecast prepared independently</source>
        <translation>Proyeksi disusun oleh pihak independen</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Perizinan</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Lahan</translation>
    </message>
    <message>
        <source>Environmental cate&amp;gory</source>
        <translation>Kate&amp;gori lingkungan</translation>
    </message>
    <message>
        <source>Environmental category</source>
        <translation>Kategori lingkungan</translation>
    </message>
    <message>
        <source>Environmental impact assessment</source>
        <translation>Analisis mengenai dampak lingkungan (AMDAL)</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>Not yet valid: %1</source>
        <extracomment>Calendar key named in messages and tooltips: opens the date picker of a date field or cell. How a refused value is introduced, at the field and in the table cells.</extracomment>
        <translation>Belum valid: %1</translation>
    </message>
    <message>
        <source>a year of four digits, like 2030</source>
        <translation>tahun empat digit, misalnya 2030</translation>
    </message>
    <message>
        <source>a whole number, like %1 or 350000</source>
        <translation>bilangan bulat, misalnya %1 atau 350000</translation>
    </message>
    <message>
        <source>a number, like %1 or %2</source>
        <translation>angka, misalnya %1 atau %2</translation>
    </message>
    <message>
        <source>a number, like %1 or %2 (or 1,250,000.50)</source>
        <translation>angka, misalnya %1 atau %2 (atau 1,250,000.50)</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, like 2026-03-31, or picked from the calendar (%1)</source>
        <translation>tanggal dalam bentuk YYYY-MM-DD, misalnya 2026-03-31, atau dipilih dari kalender (%1)</translation>
    </message>
    <message>
        <source>one of the choices in the list</source>
        <translation>salah satu pilihan di daftar</translation>
    </message>
    <message>
        <source>a year (four digits)</source>
        <translation>tahun (empat digit)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>must be %1: %2</source>
        <translation>harus berupa %1: %2</translation>
    </message>
    <message>
        <source>must be %1, written like %2 (got &apos;%3&apos;)</source>
        <translation>harus berupa %1, ditulis seperti %2 (tertulis “%3”)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, like %1, or picked from the calendar (%2) (got &apos;%3&apos;)</source>
        <translation>harus berupa tanggal dalam bentuk YYYY-MM-DD, misalnya %1, atau dipilih dari kalender (%2) (tertulis “%3”)</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Pitch deck (16:9 slides to present)</source>
        <extracomment>An export option&apos;s name in the Export step (the command line and the exports keep wizard.export&apos;s English).</extracomment>
        <translation>Materi presentasi (slide 16:9 untuk dipresentasikan)</translation>
    </message>
    <message>
        <source>Leave-behind document (A4, the full proposal to read)</source>
        <translation>Dokumen ringkasan (A4, proposal lengkap untuk dibaca)</translation>
    </message>
    <message>
        <source>Readiness report (A4, for the city team: not for investors)</source>
        <translation>Laporan kesiapan investasi (A4, untuk tim kota: bukan untuk investor)</translation>
    </message>
    <message>
        <source>Editable slides (PowerPoint 16:9: the pitch deck&apos;s slides, to polish with the client)</source>
        <translation>Slide yang dapat disunting (PowerPoint 16:9: slide materi presentasi, untuk disempurnakan bersama klien)</translation>
    </message>
    <message>
        <source>Financial model (Excel workbook with live formulas)</source>
        <translation>Model keuangan (buku kerja Excel dengan rumus aktif)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>English with Japanese</source>
        <translation>Bahasa Inggris dengan bahasa Jepang</translation>
    </message>
    <message>
        <source>Standard PDF</source>
        <translation>PDF standar</translation>
    </message>
    <message>
        <source>Accessible: PDF/UA-1 (tagged for screen readers)</source>
        <translation>Aksesibel: PDF/UA-1 (bertag untuk pembaca layar)</translation>
    </message>
    <message>
        <source>Archival: PDF/A-3b (for records kept for years)</source>
        <translation>Arsip: PDF/A-3b (untuk dokumen yang disimpan bertahun-tahun)</translation>
    </message>
    <message>
        <source>Pitch deck</source>
        <translation>Materi presentasi</translation>
    </message>
    <message>
        <source>16:9 slides to present.</source>
        <translation>Slide 16:9 untuk dipresentasikan.</translation>
    </message>
    <message>
        <source>Leave-behind document</source>
        <translation>Dokumen ringkasan</translation>
    </message>
    <message>
        <source>A4, the full proposal to read.</source>
        <translation>A4, proposal lengkap untuk dibaca.</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>Laporan kesiapan investasi</translation>
    </message>
    <message>
        <source>A4, for the city team: not for investors.</source>
        <translation>A4, untuk tim kota: bukan untuk investor.</translation>
    </message>
    <message>
        <source>Editable slides (PowerPoint)</source>
        <translation>Slide yang dapat disunting (PowerPoint)</translation>
    </message>
    <message>
        <source>16:9, the pitch deck&apos;s slides, to polish with the client.</source>
        <translation>16:9: slide materi presentasi, untuk disempurnakan bersama klien.</translation>
    </message>
    <message>
        <source>Financial model (Excel)</source>
        <translation>Model keuangan (Excel)</translation>
    </message>
    <message>
        <source>An Excel workbook with live formulas.</source>
        <translation>Buku kerja Excel dengan rumus aktif.</translation>
    </message>
    <message>
        <source>Accessible: PDF/UA-1</source>
        <translation>Aksesibel: PDF/UA-1</translation>
    </message>
    <message>
        <source>Tagged for screen readers.</source>
        <translation>Bertag untuk pembaca layar.</translation>
    </message>
    <message>
        <source>Archival: PDF/A-3b</source>
        <translation>Arsip: PDF/A-3b</translation>
    </message>
    <message>
        <source>For records kept for years.</source>
        <translation>Untuk dokumen yang disimpan bertahun-tahun.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>See every slide as investors will, choose how to export, and write the PDF. The look of the deck (colour, logo, photos) is set at the bottom of this step.</source>
        <translation>Lihat setiap slide seperti yang akan dilihat investor, pilih cara ekspor, lalu buat PDF-nya. Tampilan materi presentasi (warna, logo, foto) diatur di bagian bawah langkah ini.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>Pratinjau slide</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>Kel&amp;uaran</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Label lan&amp;guage</source>
        <translation>Bahasa label (&amp;G)</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>Bahasa label</translation>
    </message>
    <message>
        <source>DRAFT mark</source>
        <translation>Tanda DRAFT</translation>
    </message>
    <message>
        <source>&amp;Mark every slide DRAFT while blockers remain</source>
        <translation>Tandai DRAFT sela&amp;ma ada hambatan utama</translation>
    </message>
    <message>
        <source>PDF varian&amp;t</source>
        <translation>Varian PDF (&amp;T)</translation>
    </message>
    <message>
        <source>PDF variant</source>
        <translation>Varian PDF</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Simpan ke</translation>
    </message>
    <message>
        <source>Save the PDF to</source>
        <translation>Simpan PDF ke</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Telusuri (&amp;W)...</translation>
    </message>
    <message>
        <source>E&amp;xport PDF</source>
        <translation>Ekspor PDF (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Batalkan ekspor (&amp;C)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Buka P&amp;DF</translation>
    </message>
    <message>
        <source>Deck look</source>
        <translation>Tampilan materi presentasi</translation>
    </message>
    <message>
        <source>&amp;Accent colour</source>
        <translation>W&amp;arna aksen</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Warna aksen</translation>
    </message>
    <message>
        <source>L&amp;ogo</source>
        <translation>L&amp;ogo</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG with the button below</source>
        <translation>Pilih berkas PNG atau JPEG dengan tombol di bawah</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo...</source>
        <translation>Pi&amp;lih logo...</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>Hapus logo (&amp;R)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Add &amp;photo...</source>
        <translation>Tambah foto (&amp;P)...</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <extracomment>The file name ending and the file dialog&apos;s filter of each kind of output.</extracomment>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <source>A workbook has no slide preview. The Excel file holds the financial model: inputs, yearly lines, debt schedules, DSCR, equity flows, NPV and IRR and the scenarios, as live formulas an investor can change.</source>
        <extracomment>What the preview area says while a format without slides is chosen.</extracomment>
        <translation>Buku kerja tidak memiliki pratinjau slide. Berkas Excel memuat model keuangan: masukan, baris tahunan, jadwal utang, rasio kemampuan bayar utang (DSCR), arus ekuitas, nilai kini bersih (NPV), tingkat pengembalian internal (IRR), dan skenario, sebagai rumus aktif yang dapat diubah investor.</translation>
    </message>
    <message>
        <source>E&amp;xport the workbook</source>
        <extracomment>The writer of each format that is not a PDF (called on a worker thread with a frozen proposal). What the child process runs for an export (tests may substitute a target; see wizard.export.isolation). A workbook being written in the background (the data formats do not run in a child process). The destination was suggested by us (beside the project file) rather than chosen by the user.</extracomment>
        <translation>Ekspor buku kerja (&amp;X)</translation>
    </message>
    <message>
        <source>E&amp;xport PowerPoint</source>
        <translation>Ekspor PowerPoint (&amp;X)</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Buku kerja</translation>
    </message>
    <message>
        <source>Open sprea&amp;dsheet</source>
        <translation>Buka lembar kerja (&amp;D)</translation>
    </message>
    <message>
        <source>Open the &amp;deck</source>
        <translation>Buka materi presentasi (&amp;D)</translation>
    </message>
    <message>
        <source>the slide preview is not available</source>
        <translation>pratinjau slide tidak tersedia</translation>
    </message>
    <message>
        <source>the wizard cannot write the format &apos;%1&apos; yet; use citypitch export</source>
        <translation>wizard belum dapat menulis format “%1”; gunakan citypitch export</translation>
    </message>
    <message>
        <source>The workbook carries no DRAFT mark: it holds the financial model only.</source>
        <translation>Buku kerja tidak diberi tanda DRAFT: isinya hanya model keuangan.</translation>
    </message>
    <message>
        <source>A PDF export would be marked DRAFT because %1 (see the Review step).</source>
        <translation>Ekspor PDF akan diberi tanda DRAFT karena %1 (lihat langkah Tinjauan).</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet: %1.</source>
        <translation>PDF belum dapat dibuat: %1.</translation>
    </message>
    <message>
        <source>Export the workbook to</source>
        <translation>Ekspor buku kerja ke</translation>
    </message>
    <message>
        <source>Export the PowerPoint deck to</source>
        <translation>Ekspor materi presentasi PowerPoint ke</translation>
    </message>
    <message>
        <source>Export the PDF to</source>
        <translation>Ekspor PDF ke</translation>
    </message>
    <message>
        <source>Added logo %1.</source>
        <translation>Logo %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Added photo %1.</source>
        <translation>Foto %1 ditambahkan.</translation>
    </message>
    <message>
        <source>choose where to save the workbook first (Save to)</source>
        <translation>pilih dulu lokasi penyimpanan buku kerja (Simpan ke)</translation>
    </message>
    <message>
        <source>choose where to save the PDF first (Save to)</source>
        <translation>pilih dulu lokasi penyimpanan PDF (Simpan ke)</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Mengekspor ke %1...</translation>
    </message>
    <message>
        <source>Writing the workbook to %1...</source>
        <translation>Menulis buku kerja ke %1...</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>buku kerja tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>Membatalkan ekspor...</translation>
    </message>
    <message>
        <source>There is no exported file to open yet.</source>
        <translation>Belum ada berkas hasil ekspor untuk dibuka.</translation>
    </message>
    <message>
        <source>No program to open workbooks was found on this computer; the file is %1</source>
        <translation>Tidak ada program untuk membuka buku kerja di komputer ini; berkasnya ada di %1</translation>
    </message>
    <message>
        <source>No program to open PDFs was found on this computer; the file is %1</source>
        <translation>Tidak ada program untuk membuka PDF di komputer ini; berkasnya ada di %1</translation>
    </message>
    <message>
        <source>The export did not start: %1</source>
        <translation>Ekspor tidak dimulai: %1</translation>
    </message>
    <message>
        <source>Exporting: %1...</source>
        <translation>Mengekspor: %1...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 telah ditulis</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Ekspor gagal: %1</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written, and any earlier PDF there is unchanged.</source>
        <translation>Ekspor dibatalkan: tidak ada yang ditulis, dan PDF sebelumnya di sana tidak berubah.</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>An export is already running.</source>
        <translation>Ekspor sedang berjalan.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 telah ditulis</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Hanya baca</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Proposal ini dibuka hanya untuk dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot read the image</source>
        <translation>Gambar tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: gambar kosong</translation>
    </message>
    <message>
        <source>%1: the image is larger than %2 MB</source>
        <translation>%1: gambar lebih besar dari %2 MB</translation>
    </message>
    <message>
        <source>Cannot use the image</source>
        <translation>Gambar tidak dapat dipakai</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Headline targets</source>
        <translation>Target utama</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>IKU</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Nilai target</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Tahun target</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Year of the data</source>
        <translation>Tahun data</translation>
    </message>
    <message>
        <source>Reference (link or document)</source>
        <translation>Rujukan (tautan atau dokumen)</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indikator kinerja utama (IKU)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nilai dasar</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Tahun nilai dasar</translation>
    </message>
    <message>
        <source>Baseline source</source>
        <translation>Sumber nilai dasar</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>Arus kas tahunan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Biaya modal</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>Biaya operasional</translation>
    </message>
    <message>
        <source>User fees</source>
        <translation>Tarif pengguna</translation>
    </message>
    <message>
        <source>Availability payments</source>
        <translation>Pembayaran ketersediaan layanan</translation>
    </message>
    <message>
        <source>Land value capture</source>
        <translation>Penangkapan nilai lahan</translation>
    </message>
    <message>
        <source>Energy savings</source>
        <translation>Penghematan energi</translation>
    </message>
    <message>
        <source>Data services</source>
        <translation>Layanan data</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Iklan</translation>
    </message>
    <message>
        <source>Other revenue</source>
        <translation>Pendapatan lain</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Sumber pendanaan</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Penyandang dana</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Ketentuan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status pendanaan</translation>
    </message>
    <message>
        <source>Japanese investor</source>
        <translation>Investor Jepang</translation>
    </message>
    <message>
        <source>Loan currency</source>
        <translation>Mata uang pinjaman</translation>
    </message>
    <message>
        <source>Interest rate (% a year)</source>
        <translation>Suku bunga (% per tahun)</translation>
    </message>
    <message>
        <source>Tenor (years)</source>
        <translation>Tenor (tahun)</translation>
    </message>
    <message>
        <source>Grace period (years)</source>
        <translation>Masa tenggang (tahun)</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Pelunasan</translation>
    </message>
    <message>
        <source>Upfront fee (%)</source>
        <translation>Biaya di muka (%)</translation>
    </message>
    <message>
        <source>Shareholding (%)</source>
        <translation>Kepemilikan saham (%)</translation>
    </message>
    <message>
        <source>Investor type</source>
        <translation>Jenis investor</translation>
    </message>
    <message>
        <source>The ask to Japanese investors</source>
        <translation>Permintaan pendanaan kepada investor Jepang</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Diminta dari</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>What it assumes</source>
        <translation>Asumsi</translation>
    </message>
    <message>
        <source>Capex change (%)</source>
        <translation>Perubahan capex (%)</translation>
    </message>
    <message>
        <source>Opex change (%)</source>
        <translation>Perubahan opex (%)</translation>
    </message>
    <message>
        <source>Revenue change (%)</source>
        <translation>Perubahan pendapatan (%)</translation>
    </message>
    <message>
        <source>Delay (years)</source>
        <translation>Keterlambatan (tahun)</translation>
    </message>
    <message>
        <source>Interest rate change (points)</source>
        <translation>Perubahan suku bunga (poin)</translation>
    </message>
    <message>
        <source>Local currency depreciation (% a year)</source>
        <translation>Depresiasi mata uang lokal (% per tahun)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Kemungkinan (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Dampak (1-5)</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigasi</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Penanggung risiko</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Light or heavy</source>
        <translation>Ringan atau berat</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Tahun mulai</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Tahun selesai</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Depends on (phase names, comma-separated)</source>
        <translation>Bergantung pada (nama tahap, dipisah koma)</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Kontribusi</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Tonggak capaian</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tonggak</translation>
    </message>
    <message>
        <source>What is delivered</source>
        <translation>Yang diserahkan</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Jenis langkah</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit foto</translation>
    </message>
    <message>
        <source>Acknowledged warnings</source>
        <translation>Peringatan yang sudah dijawab</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Dijawab oleh</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Dijawab pada</translation>
    </message>
    <message>
        <source>Slide titles written by the team</source>
        <translation>Judul slide yang ditulis tim</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Salindia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Untitled proposal</source>
        <extracomment>What the title shows instead of the file name (a sample, a plain JSON file), or None.</extracomment>
        <translation>Proposal tanpa judul</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (hanya baca)</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Dibuka hanya untuk dibaca</translation>
    </message>
    <message>
        <source>a new proposal</source>
        <translation>proposal baru</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 telah dibuka</translation>
    </message>
    <message>
        <source>%1. It is shown read-only so that nothing this version does not know is lost; open it with the newer CityPitch to edit it.</source>
        <translation>%1. Berkas ditampilkan hanya untuk dibaca agar isi yang tidak dikenal versi ini tidak hilang; buka dengan CityPitch yang lebih baru untuk menyuntingnya.</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Berkas ini tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1 You can read it here, or use Save As to work on a copy.</source>
        <translation>%1 Anda dapat membacanya di sini, atau gunakan Simpan Sebagai untuk bekerja pada salinannya.</translation>
    </message>
    <message>
        <source>an untitled proposal</source>
        <translation>proposal tanpa judul</translation>
    </message>
    <message>
        <source>Recovered %1; save it to keep it</source>
        <translation>%1 dipulihkan; simpan agar tidak hilang</translation>
    </message>
    <message>
        <source>Cannot open this sample</source>
        <translation>Contoh ini tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (contoh)</translation>
    </message>
    <message>
        <source>This proposal cannot be saved here</source>
        <translation>Proposal ini tidak dapat disimpan di sini</translation>
    </message>
    <message>
        <source>It was written by a newer CityPitch; saving it with this version would lose what this version does not know. Open it with the newer CityPitch to change it.</source>
        <translation>Berkas ini dibuat dengan CityPitch yang lebih baru; menyimpannya dengan versi ini akan menghilangkan isi yang tidak dikenal versi ini. Buka dengan CityPitch yang lebih baru untuk mengubahnya.</translation>
    </message>
    <message>
        <source>The proposal was not saved</source>
        <translation>Proposal tidak tersimpan</translation>
    </message>
    <message>
        <source>%1

Choose another name with Save As.</source>
        <translation>%1

Pilih nama lain dengan Simpan Sebagai.</translation>
    </message>
    <message>
        <source>%1

Your edits are still open: try Save As in another folder.</source>
        <translation>%1

Suntingan Anda masih terbuka: coba Simpan Sebagai di folder lain.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 tersimpan</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Financial case</source>
        <translation>Analisis keuangan</translation>
    </message>
    <message>
        <source>Yearly numbers in, the figures investors expect out.</source>
        <translation>Masukkan angka per tahun, dapatkan angka yang diharapkan investor.</translation>
    </message>
    <message>
        <source>Currency and rates</source>
        <translation>Mata uang dan kurs</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>Mata uang (&amp;C)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>&amp;Local currency per 1 USD</source>
        <translation>Mata uang &amp;lokal per 1 USD</translation>
    </message>
    <message>
        <source>Local currency per 1 USD</source>
        <translation>Mata uang lokal per 1 USD</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>L&amp;ocal currency per 1 JPY</source>
        <translation>Mata uang l&amp;okal per 1 JPY</translation>
    </message>
    <message>
        <source>Local currency per 1 JPY</source>
        <translation>Mata uang lokal per 1 JPY</translation>
    </message>
    <message>
        <source>E&amp;xchange rates taken on</source>
        <translation>Tanggal kurs (&amp;X)</translation>
    </message>
    <message>
        <source>Exchange rates taken on</source>
        <translation>Tanggal kurs</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>B&amp;ase year</source>
        <translation>T&amp;ahun dasar</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Tahun dasar</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>mis. 2030</translation>
    </message>
    <message>
        <source>Ho&amp;rizon (years)</source>
        <translation>Jangka waktu analisis (tahun) (&amp;R)</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>Jangka waktu analisis (tahun)</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>mis. 25</translation>
    </message>
    <message>
        <source>&amp;Discount rate (%)</source>
        <translation>Tingkat &amp;diskonto (%)</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Tingkat diskonto (%)</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>Arus kas tahunan</translation>
    </message>
    <message>
        <source>Operation, concession, terminal value</source>
        <translation>Operasi, konsesi, dan nilai terminal</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Sumber pendanaan</translation>
    </message>
    <message>
        <source>Bring the yearly lines in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>Ambil baris tahunan dari berkas .xlsx atau .csv: Anda memeriksa kolom dan setiap sel sebelum ada yang berubah</translation>
    </message>
    <message>
        <source>Import yearly lines from a spreadsheet...</source>
        <translation>Impor baris tahunan dari lembar kerja...</translation>
    </message>
    <message>
        <source>Import from a spreadsheet...</source>
        <translation>Impor dari lembar kerja...</translation>
    </message>
    <message>
        <source>Bring the funding sources in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>Ambil sumber pendanaan dari berkas .xlsx atau .csv: Anda memeriksa kolom dan setiap sel sebelum ada yang berubah</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet...</source>
        <translation>Impor sumber pendanaan dari lembar kerja...</translation>
    </message>
    <message>
        <source>Co&amp;mmercial operation starts (year)</source>
        <translation>Tahun &amp;mulai operasi komersial</translation>
    </message>
    <message>
        <source>Commercial operation starts (year)</source>
        <translation>Tahun mulai operasi komersial</translation>
    </message>
    <message>
        <source>e.g. 2031</source>
        <translation>mis. 2031</translation>
    </message>
    <message>
        <source>Conce&amp;ssion or asset life ends (year)</source>
        <translation>Tahun berakhirnya kon&amp;sesi atau umur aset</translation>
    </message>
    <message>
        <source>Concession or asset life ends (year)</source>
        <translation>Tahun berakhirnya konsesi atau umur aset</translation>
    </message>
    <message>
        <source>e.g. 2052</source>
        <translation>mis. 2052</translation>
    </message>
    <message>
        <source>&amp;Terminal value method</source>
        <translation>Me&amp;tode nilai terminal</translation>
    </message>
    <message>
        <source>Terminal value method</source>
        <translation>Metode nilai terminal</translation>
    </message>
    <message>
        <source>Terminal gro&amp;wth (% a year)</source>
        <translation>Pertumbuhan terminal (% per tahun) (&amp;W)</translation>
    </message>
    <message>
        <source>Terminal growth (% a year)</source>
        <translation>Pertumbuhan terminal (% per tahun)</translation>
    </message>
    <message>
        <source>Exit multi&amp;ple (x EBITDA)</source>
        <translation>Keli&amp;patan divestasi (x EBITDA)</translation>
    </message>
    <message>
        <source>Exit multiple (x EBITDA)</source>
        <translation>Kelipatan divestasi (x EBITDA)</translation>
    </message>
    <message>
        <source>Tax, returns and the lenders&apos; view</source>
        <translation>Pajak, imbal hasil, dan sudut pandang pemberi pinjaman</translation>
    </message>
    <message>
        <source>Prof&amp;it tax rate (%)</source>
        <translation>Tar&amp;if pajak penghasilan badan (%)</translation>
    </message>
    <message>
        <source>Profit tax rate (%)</source>
        <translation>Tarif pajak penghasilan badan (%)</translation>
    </message>
    <message>
        <source>Depreciation period (&amp;years)</source>
        <translation>Masa pen&amp;yusutan (tahun)</translation>
    </message>
    <message>
        <source>Depreciation period (years)</source>
        <translation>Masa penyusutan (tahun)</translation>
    </message>
    <message>
        <source>e.g. 20</source>
        <translation>mis. 20</translation>
    </message>
    <message>
        <source>Cost of e&amp;quity (%)</source>
        <translation>Biaya ekuitas (%) (&amp;Q)</translation>
    </message>
    <message>
        <source>Cost of equity (%)</source>
        <translation>Biaya ekuitas (%)</translation>
    </message>
    <message>
        <source>Lenders&apos; minimum DSCR (x)</source>
        <translation>DSCR minimum yang disyaratkan pemberi pinjaman (x)</translation>
    </message>
    <message>
        <source>e.g. 1.30</source>
        <translation>mis. 1.30</translation>
    </message>
    <message>
        <source>Development costs</source>
        <translation>Biaya pengembangan</translation>
    </message>
    <message>
        <source>Reserve accounts funded at financial close</source>
        <translation>Rekening cadangan yang didanai saat pemenuhan pembiayaan</translation>
    </message>
    <message>
        <source>Local currency depreciation a&amp;gainst the loan currency (% a year)</source>
        <translation>Depresiasi mata uan&amp;g lokal terhadap mata uang pinjaman (% per tahun)</translation>
    </message>
    <message>
        <source>Local currency depreciation against the loan currency (% a year)</source>
        <translation>Depresiasi mata uang lokal terhadap mata uang pinjaman (% per tahun)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>The ask to Japanese investors</source>
        <translation>Permintaan pendanaan kepada investor Jepang</translation>
    </message>
    <message>
        <source>&amp;Use of the funds asked for</source>
        <translation>Pengg&amp;unaan dana yang diminta</translation>
    </message>
    <message>
        <source>Use of the funds asked for</source>
        <translation>Penggunaan dana yang diminta</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Asumsi</translation>
    </message>
    <message>
        <source>&amp;Key assumptions</source>
        <translation>Asumsi utama (&amp;K)</translation>
    </message>
    <message>
        <source>Key assumptions</source>
        <translation>Asumsi utama</translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>What breaks the case</source>
        <translation>Apa yang meruntuhkan kelayakan</translation>
    </message>
    <message>
        <source>Break-even values: where the NPV reaches zero</source>
        <translation>Nilai impas: titik NPV mencapai nol</translation>
    </message>
    <message>
        <source>Cash flows by year</source>
        <translation>Arus kas per tahun</translation>
    </message>
    <message>
        <source>Debt cover by year</source>
        <translation>Kemampuan bayar utang per tahun</translation>
    </message>
    <message>
        <source>What moves the NPV most</source>
        <translation>Faktor yang paling menggerakkan NPV</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>Skenario yang ditampilkan</translation>
    </message>
    <message>
        <source>Scenario shown:</source>
        <translation>Skenario yang ditampilkan:</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>Skenario berdampingan</translation>
    </message>
    <message>
        <source>Add named scenarios (a low and a high case, and your own) in the Scenarios table below to see them here beside the base case.</source>
        <translation>Tambahkan skenario bernama (kasus rendah dan tinggi, serta skenario Anda sendiri) di tabel Skenario di bawah untuk melihatnya di sini di samping skenario dasar.</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Sumber dan penggunaan dana</translation>
    </message>
    <message>
        <source>Sources and uses of funds</source>
        <translation>Sumber dan penggunaan dana</translation>
    </message>
    <message>
        <source>...and %1 more (see the Review page).</source>
        <translation>...dan %1 lainnya (lihat langkah Tinjauan).</translation>
    </message>
    <message>
        <source>Bars by year. Totals: capex %1, opex %2, revenue %3.</source>
        <translation>Batang per tahun. Total: biaya modal (capex) %1, biaya operasional (opex) %2, pendapatan %3.</translation>
    </message>
    <message>
        <source>Where the case fails</source>
        <translation>Titik kelayakan gagal</translation>
    </message>
    <message>
        <source>Where the case holds</source>
        <translation>Titik kelayakan bertahan</translation>
    </message>
    <message>
        <source>Break-even (NPV = 0)</source>
        <translation>Titik impas (NPV = 0)</translation>
    </message>
    <message>
        <source>Without terminal value</source>
        <translation>Tanpa nilai terminal</translation>
    </message>
    <message>
        <source>With terminal value</source>
        <translation>Dengan nilai terminal</translation>
    </message>
    <message>
        <source>%1 (NPV negative)</source>
        <translation>%1 (NPV negatif)</translation>
    </message>
    <message>
        <source>Figures of the %1</source>
        <translation>Angka %1</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Total penggunaan</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>Total sumber</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Capex, opex and revenue by year</source>
        <extracomment>Bars that meet the lenders&apos; minimum, and those below it (a darker red, and hatched: not by colour alone). Tornado bars: the driver 20% lower, and 20% higher. Height in lines of text.</extracomment>
        <translation>Biaya modal (capex), biaya operasional (opex), dan pendapatan per tahun</translation>
    </message>
    <message>
        <source>Add yearly cash flows to see the chart</source>
        <translation>Tambahkan arus kas tahunan untuk melihat grafiknya</translation>
    </message>
    <message>
        <source>Debt service cover ratio (DSCR) by year</source>
        <translation>Rasio kemampuan bayar utang (DSCR) per tahun</translation>
    </message>
    <message>
        <source>No debt service from the start of operation, so no cover ratio to show.</source>
        <translation>Tidak ada pembayaran utang sejak mulai beroperasi, jadi tidak ada rasio yang ditampilkan.</translation>
    </message>
    <message>
        <source>Enter the loans&apos; terms (interest rate and tenor) to see the debt cover by year</source>
        <translation>Masukkan ketentuan pinjaman (suku bunga dan tenor) untuk melihat kemampuan bayar utang per tahun</translation>
    </message>
    <message>
        <source>below the lenders&apos; minimum (%1)</source>
        <translation>di bawah batas minimum pemberi pinjaman (%1)</translation>
    </message>
    <message>
        <source>Sensitivity tornado: NPV with each driver 20% lower or higher</source>
        <translation>Analisis sensitivitas (tornado): NPV bila tiap faktor 20% lebih rendah atau lebih tinggi</translation>
    </message>
    <message>
        <source>Enter yearly cash flows and the discount rate to see what moves the NPV most.</source>
        <translation>Masukkan arus kas tahunan dan tingkat diskonto untuk melihat faktor yang paling menggerakkan NPV.</translation>
    </message>
    <message>
        <source>Enter yearly cash flows and the discount rate to see what moves the NPV most</source>
        <translation>Masukkan arus kas tahunan dan tingkat diskonto untuk melihat faktor yang paling menggerakkan NPV</translation>
    </message>
    <message>
        <source>driver 20% lower</source>
        <translation>faktor 20% lebih rendah</translation>
    </message>
    <message>
        <source>driver 20% higher</source>
        <translation>faktor 20% lebih tinggi</translation>
    </message>
    <message>
        <source>no effect on the NPV</source>
        <translation>tidak berpengaruh pada NPV</translation>
    </message>
    <message>
        <source>%1 as entered: %2</source>
        <translation>%1 sesuai isian: %2</translation>
    </message>
</context>
<context>
    <name>ImplementationPage</name>
    <message>
        <source>Implementation</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <source>Who delivers it, how it is governed and bought, and when each part is done.</source>
        <translation>Siapa pelaksananya, bagaimana tata kelola dan pengadaannya, dan kapan setiap bagian selesai.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pelaksanaan proyek</translation>
    </message>
    <message>
        <source>&amp;Implementing agency</source>
        <translation>&amp;Instansi pelaksana</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>Instansi pelaksana</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>Tata kelola (&amp;G)</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Tata kelola</translation>
    </message>
    <message>
        <source>&amp;Procurement route</source>
        <translation>Skema &amp;pengadaan</translation>
    </message>
    <message>
        <source>Procurement route</source>
        <translation>Skema pengadaan</translation>
    </message>
    <message>
        <source>&amp;Monitoring and reporting</source>
        <translation>Pe&amp;mantauan dan pelaporan</translation>
    </message>
    <message>
        <source>Monitoring and reporting</source>
        <translation>Pemantauan dan pelaporan</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Tonggak capaian</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 yearly line</source>
        <extracomment>What each kind of import brings in: the table it fills, and how a count of its rows is said (one, many).</extracomment>
        <translation>%1 baris tahunan</translation>
    </message>
    <message>
        <source>%1 yearly lines</source>
        <translation>%1 baris tahunan</translation>
    </message>
    <message>
        <source>%1 funding source</source>
        <translation>%1 sumber pendanaan</translation>
    </message>
    <message>
        <source>%1 funding sources</source>
        <translation>%1 sumber pendanaan</translation>
    </message>
    <message>
        <source>Import yearly lines from a spreadsheet</source>
        <extracomment>The file dialog&apos;s title for each kind.</extracomment>
        <translation>Impor baris tahunan dari lembar kerja</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet</source>
        <translation>Impor sumber pendanaan dari lembar kerja</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <extracomment>The file dialog&apos;s filter: each kind&apos;s name (translated when shown) and its patterns (never translated: Qt reads them between ASCII brackets).</extracomment>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <source>(not brought in)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Import yearly lines from %1</source>
        <extracomment>At most this many rows are shown in the preview table (all of them come in; the count says so). The proposal&apos;s number locale (QWidget.locale() is Qt&apos;s own).</extracomment>
        <translation>Impor baris tahunan dari %1</translation>
    </message>
    <message>
        <source>Import funding sources from %1</source>
        <translation>Impor sumber pendanaan dari %1</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <extracomment>Field name -&gt; its title, in the model&apos;s order.</extracomment>
        <translation>Kolom file dan kolom isian yang diisinya</translation>
    </message>
    <message>
        <source>(column %1 has no heading)</source>
        <translation>(kolom %1 tidak berjudul)</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Kolom isian untuk kolom %1</translation>
    </message>
    <message>
        <source>Rows as they will come in</source>
        <translation>Baris sebagaimana akan diimpor</translation>
    </message>
    <message>
        <source>Where the rows go</source>
        <translation>Ke mana baris dimasukkan</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 now in the proposal</source>
        <translation>Ganti %1 yang kini ada di proposal (&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd them after the rows now in the proposal</source>
        <translation>Tambahkan setelah baris yang kini ada di proposal (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Impor (&amp;I)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns (%3): leave out all but one</source>
        <translation>%1 dipilih untuk %2 kolom (%3): biarkan satu saja</translation>
    </message>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1, lembar “%2”</translation>
    </message>
    <message>
        <source>one row per year</source>
        <translation>satu baris per tahun</translation>
    </message>
    <message>
        <source>one row per source</source>
        <translation>satu baris per sumber</translation>
    </message>
    <message>
        <source>years across, one row per line</source>
        <translation>tahun mendatar, satu baris per pos</translation>
    </message>
    <message>
        <source>%1: %2. Choose the field each column fills; nothing changes in the proposal until you press Import.</source>
        <translation>%1: %2. Pilih kolom isian yang diisi setiap kolom; proposal tidak berubah sampai Anda menekan Impor.</translation>
    </message>
    <message>
        <source>Left out (no field chosen): %1.</source>
        <translation>Tidak diimpor (kolom isian belum dipilih): %1.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>%1 of the file can be read (the first %2 shown); nothing comes in until the cells named below are corrected:</source>
        <translation>%1 dari file dapat dibaca (%2 pertama ditampilkan); tidak ada yang diimpor sampai sel yang disebut di bawah diperbaiki:</translation>
    </message>
    <message>
        <source>%1 of the file can be read; nothing comes in until the cells named below are corrected:</source>
        <translation>%1 dari file dapat dibaca; tidak ada yang diimpor sampai sel yang disebut di bawah diperbaiki:</translation>
    </message>
    <message>
        <source>%1 will come in (the first %2 shown):</source>
        <translation>%1 akan diimpor (%2 pertama ditampilkan):</translation>
    </message>
    <message>
        <source>%1 will come in:</source>
        <translation>%1 akan diimpor:</translation>
    </message>
    <message>
        <source>• %1.</source>
        <translation>• %1.</translation>
    </message>
    <message>
        <source>%1 cell must be corrected in the file (or another field chosen for its column) before anything can come in:</source>
        <translation>%1 sel harus diperbaiki di file (atau pilih kolom isian lain untuk kolomnya) sebelum apa pun dapat diimpor:</translation>
    </message>
    <message>
        <source>%1 cells must be corrected in the file (or another field chosen for their column) before anything can come in:</source>
        <translation>%1 sel harus diperbaiki di file (atau pilih kolom isian lain untuk kolomnya) sebelum apa pun dapat diimpor:</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>Impor %1 (&amp;I)</translation>
    </message>
    <message>
        <source>No row of the file holds anything for the chosen fields.</source>
        <translation>Tidak ada baris file yang berisi nilai untuk kolom isian yang dipilih.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Hanya baca</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Proposal ini dibuka hanya baca: %1</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Membaca %1...</translation>
    </message>
    <message>
        <source>%1 was not brought in.</source>
        <translation>%1 tidak diimpor.</translation>
    </message>
    <message>
        <source>The spreadsheet was not brought in</source>
        <translation>Lembar kerja tidak diimpor</translation>
    </message>
    <message>
        <source>%1 Nothing in the proposal was changed.</source>
        <translation>%1 Tidak ada yang diubah di proposal.</translation>
    </message>
    <message>
        <source>Nothing was brought in.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Impor %1 dari %2</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>Tambahkan %1 dari %2</translation>
    </message>
    <message>
        <source>Brought in %1 from %2, replacing %3. Edit &gt; Undo takes the import back.</source>
        <translation>%1 diimpor dari %2, menggantikan %3. Sunting &gt; Urungkan membatalkan impor ini.</translation>
    </message>
    <message>
        <source>Brought in %1 from %2. Edit &gt; Undo takes the import back.</source>
        <translation>%1 diimpor dari %2. Sunting &gt; Urungkan membatalkan impor ini.</translation>
    </message>
</context>
<context>
    <name>JapanPage</name>
    <message>
        <source>Japanese value-add</source>
        <translation>Nilai tambah Jepang</translation>
    </message>
    <message>
        <source>What Japanese partners bring beyond money, and how the project fits their rules.</source>
        <translation>Apa yang dibawa mitra Jepang di luar modal, dan bagaimana proyek sesuai dengan ketentuan mereka.</translation>
    </message>
    <message>
        <source>What Japan brings</source>
        <translation>Kontribusi Jepang</translation>
    </message>
    <message>
        <source>&amp;Japanese technologies sought</source>
        <translation>Teknologi &amp;Jepang yang dicari</translation>
    </message>
    <message>
        <source>Japanese technologies sought</source>
        <translation>Teknologi Jepang yang dicari</translation>
    </message>
    <message>
        <source>&amp;Operational expertise sought</source>
        <translation>Keahlian &amp;operasional yang dicari</translation>
    </message>
    <message>
        <source>Operational expertise sought</source>
        <translation>Keahlian operasional yang dicari</translation>
    </message>
    <message>
        <source>&amp;Role offered to the investor beyond capital</source>
        <translation>Pe&amp;ran bagi investor di luar modal</translation>
    </message>
    <message>
        <source>Role offered to the investor beyond capital</source>
        <translation>Peran bagi investor di luar modal</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Fit with Japanese programmes</source>
        <translation>Kesesuaian dengan program Jepang</translation>
    </message>
    <message>
        <source>F&amp;it with JOIN</source>
        <translation>Kesesua&amp;ian dengan JOIN</translation>
    </message>
    <message>
        <source>Fit with JOIN</source>
        <translation>Kesesuaian dengan JOIN</translation>
    </message>
    <message>
        <source>Fi&amp;t with JBIC</source>
        <translation>Kesesuaian dengan JBIC (&amp;T)</translation>
    </message>
    <message>
        <source>Fit with JBIC</source>
        <translation>Kesesuaian dengan JBIC</translation>
    </message>
    <message>
        <source>Fit &amp;with Smart JAMP</source>
        <translation>Kesesuaian dengan Smart JAMP (&amp;W)</translation>
    </message>
    <message>
        <source>Fit with Smart JAMP</source>
        <translation>Kesesuaian dengan Smart JAMP</translation>
    </message>
    <message>
        <source>Environ&amp;mental aims</source>
        <translation>Sasaran lingkungan (&amp;M)</translation>
    </message>
    <message>
        <source>Environmental aims</source>
        <translation>Sasaran lingkungan</translation>
    </message>
    <message>
        <source>&amp;GHG reduction (tCO2e a year)</source>
        <translation>Pen&amp;gurangan GRK (tCO2e per tahun)</translation>
    </message>
    <message>
        <source>GHG reduction (tCO2e a year)</source>
        <translation>Pengurangan GRK (tCO2e per tahun)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>Environment&amp;al and social considerations</source>
        <translation>Pertimb&amp;angan lingkungan dan sosial</translation>
    </message>
    <message>
        <source>Environmental and social considerations</source>
        <translation>Pertimbangan lingkungan dan sosial</translation>
    </message>
    <message>
        <source>Structure and exit</source>
        <translation>Struktur dan divestasi</translation>
    </message>
    <message>
        <source>&amp;Project structure</source>
        <translation>Struktur &amp;proyek</translation>
    </message>
    <message>
        <source>Project structure</source>
        <translation>Struktur proyek</translation>
    </message>
    <message>
        <source>&amp;Structure and shareholders</source>
        <translation>&amp;Struktur dan pemegang saham</translation>
    </message>
    <message>
        <source>Structure and shareholders</source>
        <translation>Struktur dan pemegang saham</translation>
    </message>
    <message>
        <source>Management str&amp;ucture</source>
        <translation>Str&amp;uktur manajemen</translation>
    </message>
    <message>
        <source>Management structure</source>
        <translation>Struktur manajemen</translation>
    </message>
    <message>
        <source>How the investment is re&amp;covered</source>
        <translation>&amp;Cara pengembalian investasi</translation>
    </message>
    <message>
        <source>How the investment is recovered</source>
        <translation>Cara pengembalian investasi</translation>
    </message>
    <message>
        <source>E&amp;xit strategy</source>
        <translation>Strategi divestasi (&amp;X)</translation>
    </message>
    <message>
        <source>Exit strategy</source>
        <translation>Strategi divestasi</translation>
    </message>
    <message>
        <source>Exit discussed with the parties in advance</source>
        <translation>Divestasi sudah dibahas dengan para pihak</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Write why this warning is acceptable for this proposal; an empty answer cannot be recorded.</source>
        <translation>Tulis alasan peringatan ini dapat diterima untuk proposal ini; jawaban kosong tidak dapat dicatat.</translation>
    </message>
    <message>
        <source>Acknowledge a warning</source>
        <translation>Jawab peringatan</translation>
    </message>
    <message>
        <source>&amp;Why is this acceptable for this proposal?</source>
        <translation>Mengapa ini dapat diterima untuk proposal ini? (&amp;W)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Languages of your text</source>
        <translation>Bahasa teks Anda</translation>
    </message>
    <message>
        <source>None: everything is in English</source>
        <translation>Tidak ada: semuanya dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>&amp;Your local language</source>
        <translation>Bahasa lokal Anda (&amp;Y)</translation>
    </message>
    <message>
        <source>Fields written in the local language</source>
        <translation>Isian yang ditulis dalam bahasa lokal</translation>
    </message>
    <message>
        <source>Written &amp;in it</source>
        <translation>Ditulis dalam bahasa itu (&amp;I)</translation>
    </message>
    <message>
        <source>%1 (%2, told by its script)</source>
        <translation>%1 (%2, dikenali dari hurufnya)</translation>
    </message>
    <message>
        <source>Choose the language some of your text is written in, then tick those fields: the PDF marks them so a screen reader reads them in that language.</source>
        <translation>Pilih bahasa yang dipakai untuk sebagian teks Anda, lalu centang isian tersebut: PDF menandainya agar pembaca layar membacanya dalam bahasa itu.</translation>
    </message>
    <message>
        <source>Tick the fields written in %1. Thai, Khmer, Lao, Burmese, Japanese and Vietnamese with its marks are recognised from their letters; Indonesian, Malay, Filipino and Tetum look like English to a program and need the tick.</source>
        <translation>Centang isian yang ditulis dalam %1. Bahasa Thai, Khmer, Laos, Myanmar, Jepang, dan Vietnam yang ditulis dengan tanda diakritiknya dikenali dari hurufnya; bahasa Indonesia, Melayu, Filipino, dan Tetun tampak seperti bahasa Inggris bagi program, jadi perlu dicentang.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Tab and Shift+Tab move across cells and on to the next row (Tab in the last cell adds a row); Enter moves down; typing replaces a cell, F2 edits it; Delete clears it. Insert adds a row, Ctrl+Delete removes one, Ctrl+Up and Ctrl+Down move it; Ctrl+V pastes rows copied from a spreadsheet. Ctrl+Tab leaves the table.</source>
        <extracomment>The colour of a note about the table: that of the notes beside fields (wizard.gui.steps.binder). What the table&apos;s keys do, for its tooltip and screen readers.</extracomment>
        <translation>Tab dan Shift+Tab berpindah antarsel dan ke baris berikutnya (Tab di sel terakhir menambah baris); Enter turun; mengetik mengganti isi sel, F2 menyuntingnya; Delete mengosongkannya. Insert menambah baris, Ctrl+Delete menghapusnya, Ctrl+Up dan Ctrl+Down memindahkannya; Ctrl+V menempel baris yang disalin dari lembar kerja. Ctrl+Tab keluar dari tabel.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Add a row after the current one and start typing in its first cell (Insert)</source>
        <translation>Tambah baris setelah baris ini dan mulai mengetik di sel pertamanya (Insert)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Hapus baris ini (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>Naikkan baris ini (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>Turunkan baris ini (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Tempel baris</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet, from the first column: added after the last row or replacing rows from the selected one, after a preview (Ctrl+V)</source>
        <translation>Tempel baris yang disalin dari lembar kerja, mulai kolom pertama: ditambahkan setelah baris terakhir atau mengganti baris mulai dari yang dipilih, setelah pratinjau (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Tambah baris ke %1</translation>
    </message>
    <message>
        <source>Remove the current row of %1</source>
        <translation>Hapus baris ini dari %1</translation>
    </message>
    <message>
        <source>Move the current row up in %1</source>
        <translation>Naikkan baris ini di %1</translation>
    </message>
    <message>
        <source>Move the current row down in %1</source>
        <translation>Turunkan baris ini di %1</translation>
    </message>
    <message>
        <source>Paste rows into %1</source>
        <translation>Tempel baris ke %1</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Proposal ini dibuka hanya untuk dibaca: %1</translation>
    </message>
    <message>
        <source>Row %1 removed (Ctrl+Z brings it back).</source>
        <translation>Baris %1 dihapus (Ctrl+Z mengembalikannya).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Kosongkan %1</translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation>Tempel ke %1</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>Papan klip tidak berisi baris untuk ditempel.</translation>
    </message>
    <message>
        <source>The pasted rows are already in the table as they are: nothing changed.</source>
        <translation>Baris yang ditempel sudah ada di tabel apa adanya: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Paste 1 row into %2</source>
        <translation>Tempel 1 baris ke %2</translation>
    </message>
    <message>
        <source>Paste %1 rows into %2</source>
        <translation>Tempel %1 baris ke %2</translation>
    </message>
    <message>
        <source>Pasted 1 row into row %1 (Ctrl+Z takes the paste back).</source>
        <translation>1 baris ditempel ke baris %1 (Ctrl+Z membatalkan tempelan).</translation>
    </message>
    <message>
        <source>Pasted %1 rows into rows %2 to %3 (Ctrl+Z takes the paste back).</source>
        <translation>%1 baris ditempel ke baris %2 sampai %3 (Ctrl+Z membatalkan tempelan).</translation>
    </message>
    <message>
        <source>1 filled cell past the last column (%2) left out.</source>
        <translation>1 sel terisi di luar kolom terakhir (%2) tidak diambil.</translation>
    </message>
    <message>
        <source>%1 filled cells past the last column (%2) left out.</source>
        <translation>%1 sel terisi di luar kolom terakhir (%2) tidak diambil.</translation>
    </message>
    <message>
        <source>1 cell left out:</source>
        <translation>1 sel tidak diambil:</translation>
    </message>
    <message>
        <source>%1 cells left out:</source>
        <translation>%1 sel tidak diambil:</translation>
    </message>
    <message>
        <source>1 cell not yet valid (shown in red; the proposal keeps its last valid value until corrected):</source>
        <translation>1 sel belum valid (ditandai merah; proposal menyimpan nilai valid terakhirnya sampai diperbaiki):</translation>
    </message>
    <message>
        <source>%1 cells not yet valid (shown in red; the proposal keeps their last valid value until corrected):</source>
        <translation>%1 sel belum valid (ditandai merah; proposal menyimpan nilai valid terakhirnya sampai diperbaiki):</translation>
    </message>
    <message>
        <source>set by the Add photo button</source>
        <extracomment>Columns filled by a picker rather than typed: the image a photo row shows comes from &quot;Add photo&quot;.</extracomment>
        <translation>diisi melalui tombol Tambah foto</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Baris %1, %2: %3</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>tidak diketik</translation>
    </message>
    <message>
        <source>%1 in row %2 of %3</source>
        <extracomment>The set of refused cells changed (one added, fixed, or moved with its row). Text the model refused, by (row, column): shown instead of the model value, in red. The row objects as last shown, so that refused cells follow their rows. Marks beside row numbers (row -&gt; what they say), e.g. open comments on the row.</extracomment>
        <translation>%1 di baris %2 pada %3</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>another window of this CityPitch</source>
        <translation>jendela lain CityPitch ini</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>sebuah program</translation>
    </message>
    <message>
        <source>%1 (process %2) on this computer</source>
        <translation>%1 (proses %2) di komputer ini</translation>
    </message>
    <message>
        <source>%1 (process %2) on the computer &apos;%3&apos;</source>
        <translation>%1 (proses %2) di komputer “%3”</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>A lock file that names no one is trusted as &quot;being written right now&quot; for this long (seconds).</extracomment>
        <translation>program lain</translation>
    </message>
    <message>
        <source>%1 is open in %2. It is shown here read-only so that no one&apos;s changes are overwritten: use Save As to keep your own copy.</source>
        <translation>%1 sedang dibuka di %2. File ini ditampilkan hanya baca agar perubahan siapa pun tidak tertimpa: gunakan Simpan Sebagai untuk menyimpan salinan Anda sendiri.</translation>
    </message>
    <message>
        <source>If that computer crashed and the file is not open anywhere, delete the lock file %1 and open the proposal again.</source>
        <translation>Jika komputer itu mengalami crash dan file tidak sedang dibuka di mana pun, hapus file kunci %1 lalu buka proposal lagi.</translation>
    </message>
    <message>
        <source>no permission to write in that folder</source>
        <translation>tidak ada izin menulis di folder itu</translation>
    </message>
    <message>
        <source>the lock file could not be made</source>
        <translation>file kunci tidak dapat dibuat</translation>
    </message>
    <message>
        <source>CityPitch could not mark %1 as open (%2); another window could open it at the same time.</source>
        <translation>CityPitch tidak dapat menandai %1 sebagai sedang dibuka (%2); jendela lain dapat membukanya pada saat yang sama.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The readiness checks could not run: %1</source>
        <extracomment>View &gt; Language&apos;s entries: each language in its own name, with a key (a Latin letter in brackets where the name has none, as Japanese menus write it).</extracomment>
        <translation>Pemeriksaan kesiapan investasi tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Simpan otomatis gagal: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Berkas (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Baru (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Buka (&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Simpan (&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Simpan Sebagai (&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>Ekspor PDF (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import yearly lines...</source>
        <translation>Impor baris tahunan (&amp;I)...</translation>
    </message>
    <message>
        <source>Import &amp;funding sources...</source>
        <translation>Impor sumber pendanaan (&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Keluar (&amp;Q)</translation>
    </message>
    <message>
        <source>Open sam&amp;ple</source>
        <translation>Buka contoh (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>Terbaru (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Sunting (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Tampilan (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode presentasi (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Guidance panel</source>
        <translation>Panel panduan (&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;revious step</source>
        <translation>Langkah sebelumnya (&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Langkah berikutnya (&amp;X)</translation>
    </message>
    <message>
        <source>Next pa&amp;ne</source>
        <translation>Panel berikutnya (&amp;N)</translation>
    </message>
    <message>
        <source>Previous pan&amp;e</source>
        <translation>Panel sebelumnya (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Bahasa (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Ikuti sistem (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bantuan (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CityPitch</source>
        <translation>Tentang CityPitch (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>Urungkan %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Urungkan (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Ulangi %1 (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ulangi (&amp;R)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Not started</source>
        <extracomment>Badge colours by step state. The Review step&apos;s badge shows the readiness band with the mark of the matching step state. What each mark means, for the legend under the steps (and for screen readers). (English marked for translation in the context &quot;Navigation&quot;; shown through :func:`translate`.)
----------
The step states&apos; names (the core&apos;s STATE_LABELS), for the interface.</extracomment>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>In progress: warnings open or fields to fill in</source>
        <translation>Sedang dikerjakan: ada peringatan terbuka atau isian yang belum diisi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Hampir siap</translation>
    </message>
    <message>
        <source>Complete: nothing open but tips or answered warnings</source>
        <translation>Selesai: yang tersisa hanya saran atau peringatan yang sudah dijawab</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Has problems: a deal-breaker, a value not accepted, or a contradiction between fields</source>
        <translation>Bermasalah: ada hambatan utama, nilai yang tidak diterima, atau isian yang saling bertentangan</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Belum siap</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Bermasalah</translation>
    </message>
    <message>
        <source>%1 (on Review: %2)</source>
        <translation>%1 (di Tinjauan: %2)</translation>
    </message>
    <message>
        <source>What the step marks mean</source>
        <extracomment>The widgets a page&apos;s &quot;first field&quot; may be: inputs, never a button or a label.</extracomment>
        <translation>Arti tanda pada langkah</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>Arti tanda</translation>
    </message>
    <message>
        <source>Guidance</source>
        <extracomment>Steps not shown since the proposal on screen was opened: they start from the top, first field focused. A step whose page is not built yet (the window is hidden) and should take the focus when it is.</extracomment>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>Halaman %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Kembali (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Berikutnya (&amp;N)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Langkah %1 dari %2: %3</translation>
    </message>
    <message>
        <source>%1: %2; open: %3</source>
        <translation>%1: %2; terbuka: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 filled): %5</source>
        <translation>%1: %2 (%3 dari %4 terisi): %5</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The row a replacing paste starts at (the current row), or None when only appending is offered. Non-empty cells beyond the last column (left out). (pasted row, column) -&gt; reason, for the cells that do not fit.</extracomment>
        <translation>Baris %1, %2: %3</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>rows %1 to %2</source>
        <translation>baris %1 sampai %2</translation>
    </message>
    <message>
        <source>%1, added after the last row</source>
        <translation>%1, ditambahkan setelah baris terakhir</translation>
    </message>
    <message>
        <source>%1, replacing 1 row</source>
        <translation>%1, mengganti 1 baris</translation>
    </message>
    <message>
        <source>%1, replacing %2 rows</source>
        <translation>%1, mengganti %2 baris</translation>
    </message>
    <message>
        <source>%1 and adding %2</source>
        <translation>%1 dan menambah %2</translation>
    </message>
    <message>
        <source>Paste 1 row into %2</source>
        <translation>Tempel 1 baris ke %2</translation>
    </message>
    <message>
        <source>Paste %1 rows into %2</source>
        <translation>Tempel %1 baris ke %2</translation>
    </message>
    <message>
        <source>1 row from the clipboard, from the first column (%2).</source>
        <translation>1 baris dari papan klip, mulai kolom pertama (%2).</translation>
    </message>
    <message>
        <source>%1 rows from the clipboard, from the first column (%2).</source>
        <translation>%1 baris dari papan klip, mulai kolom pertama (%2).</translation>
    </message>
    <message>
        <source>The first line repeats the column headings and is left out.</source>
        <translation>Baris pertama mengulang judul kolom dan tidak diambil.</translation>
    </message>
    <message>
        <source>1 filled cell past the last column (%2) is left out.</source>
        <translation>1 sel terisi di luar kolom terakhir (%2) tidak diambil.</translation>
    </message>
    <message>
        <source>%1 filled cells past the last column (%2) are left out.</source>
        <translation>%1 sel terisi di luar kolom terakhir (%2) tidak diambil.</translation>
    </message>
    <message>
        <source>Where the rows go</source>
        <translation>Letak baris</translation>
    </message>
    <message>
        <source>&amp;Add them after the last row</source>
        <translation>Tambahkan setelah baris terakhir (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace rows, starting at row %1 (the selected row)</source>
        <translation>Ganti baris, mulai dari baris %1 (baris yang dipilih) (&amp;R)</translation>
    </message>
    <message>
        <source>Rows as they will be pasted</source>
        <translation>Baris sebagaimana akan ditempel</translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation>Tidak sesuai: %1</translation>
    </message>
    <message>
        <source>&amp;Paste 1 row</source>
        <translation>Tempel 1 baris (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste %1 rows</source>
        <translation>Tempel %1 baris (&amp;P)</translation>
    </message>
    <message>
        <source>They become %1.</source>
        <translation>Baris menjadi %1.</translation>
    </message>
    <message>
        <source>%1 (replaces)</source>
        <translation>%1 (ganti)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (baru)</translation>
    </message>
    <message>
        <source>1 cell does not fit its column. Pasted, it stays in red and is not saved until corrected:</source>
        <translation>1 sel tidak sesuai dengan kolomnya. Setelah ditempel, sel itu tetap merah dan tidak disimpan sampai diperbaiki:</translation>
    </message>
    <message>
        <source>%1 cells do not fit their column. Pasted, they stay in red and are not saved until corrected:</source>
        <translation>%1 sel tidak sesuai dengan kolomnya. Setelah ditempel, sel-sel itu tetap merah dan tidak disimpan sampai diperbaiki:</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>%1 (type two letters for suggestions)</source>
        <extracomment>How many places the list offers at once. Fewer characters than this offer nothing (one letter matches hundreds of places).</extracomment>
        <translation>%1 (ketik dua huruf untuk melihat saran)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 people</source>
        <translation>%1 — %2, %3 · %4 jiwa</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 people</source>
        <translation>%1 — %2 · %3 jiwa</translation>
    </message>
    <message>
        <source>Choose %1 from the list of places</source>
        <translation>Pilih %1 dari daftar tempat</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>One specific challenge, measured, with the people it affects named.</source>
        <translation>Satu tantangan yang spesifik, terukur, dengan kelompok terdampak yang disebutkan.</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Masalahnya</translation>
    </message>
    <message>
        <source>&amp;Problem category</source>
        <translation>Kategori masalah (&amp;P)</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>Kategori masalah</translation>
    </message>
    <message>
        <source>P&amp;roblem in one line</source>
        <translation>Masalah dalam satu kalimat (&amp;R)</translation>
    </message>
    <message>
        <source>Problem in one line</source>
        <translation>Masalah dalam satu kalimat</translation>
    </message>
    <message>
        <source>Pr&amp;oblem statement</source>
        <translation>Uraian masalah (&amp;O)</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Uraian masalah</translation>
    </message>
    <message>
        <source>Peop&amp;le affected</source>
        <translation>Jum&amp;lah orang terdampak</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Jumlah orang terdampak</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>&amp;Who is affected</source>
        <translation>Siapa yang terdampak (&amp;W)</translation>
    </message>
    <message>
        <source>Who is affected</source>
        <translation>Siapa yang terdampak</translation>
    </message>
    <message>
        <source>Roo&amp;t causes</source>
        <translation>Akar masalah (&amp;T)</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Akar masalah</translation>
    </message>
    <message>
        <source>Wh&amp;y now</source>
        <translation>Mengapa sekarang (&amp;Y)</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Mengapa sekarang</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Warga</translation>
    </message>
    <message>
        <source>&amp;Community needs</source>
        <translation>Kebutuhan masyarakat (&amp;C)</translation>
    </message>
    <message>
        <source>Community needs</source>
        <translation>Kebutuhan masyarakat</translation>
    </message>
    <message>
        <source>C&amp;itizen consultation</source>
        <translation>Konsultas&amp;i publik</translation>
    </message>
    <message>
        <source>Citizen consultation</source>
        <translation>Konsultasi publik</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indikator kinerja utama (IKU)</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>CityPitch proposals</source>
        <translation>Proposal CityPitch</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>This proposal has changes that are not saved. Save them first?</source>
        <translation>Proposal ini memiliki perubahan yang belum disimpan. Simpan dulu?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Simpan (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Buang (&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Says what is wrong with the answers so far (&quot;&quot; when they may be recorded).</extracomment>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Open a proposal</source>
        <translation>Buka proposal</translation>
    </message>
    <message>
        <source>Save the proposal as</source>
        <translation>Simpan proposal sebagai</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Export the PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <source>About CityPitch</source>
        <translation>Tentang CityPitch</translation>
    </message>
    <message>
        <source>CityPitch %1
From smart-city idea to investor-ready proposal.</source>
        <translation>CityPitch %1
Dari gagasan kota cerdas menjadi proposal yang siap diajukan kepada investor.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>today at %1</source>
        <extracomment>Entries that could not be read, with the reason; they are kept, never deleted silently.</extracomment>
        <translation>hari ini pukul %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>kemarin pukul %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Nama proposal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Disimpan otomatis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Recover</source>
        <extracomment>What each decision is called in the list of choices.</extracomment>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Decide at next start</source>
        <translation>Putuskan saat mulai berikutnya</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Pulihkan pekerjaan yang belum disimpan</translation>
    </message>
    <message>
        <source>CityPitch was not closed normally last time. These proposals had changes that were not saved; the copies below were made automatically. Recovered proposals open as unsaved work: save them to keep them.</source>
        <translation>CityPitch tidak ditutup dengan normal terakhir kali. Proposal berikut memiliki perubahan yang belum disimpan; salinan di bawah dibuat secara otomatis. Proposal yang dipulihkan dibuka sebagai pekerjaan yang belum disimpan: simpan agar tidak hilang.</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>belum pernah disimpan</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Tindakan untuk %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>An unsaved proposal could not be recovered</source>
        <translation>Proposal yang belum disimpan tidak dapat dipulihkan</translation>
    </message>
    <message>
        <source>%1: %2

Its autosaved copy is kept in %3.</source>
        <translation>%1: %2

Salinan simpan otomatisnya disimpan di %3.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Read-only</source>
        <translation>Hanya baca</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>Proposal ini dibuka hanya untuk dibaca: %1</translation>
    </message>
    <message>
        <source>This finding cannot be acknowledged</source>
        <translation>Temuan ini tidak dapat dijawab dengan alasan</translation>
    </message>
    <message>
        <source>Answer the warning “%1”</source>
        <translation>Jawab peringatan “%1”</translation>
    </message>
    <message>
        <source>Withdraw the answer to “%1”</source>
        <translation>Tarik jawaban atas “%1”</translation>
    </message>
    <message>
        <source>Deal-breakers</source>
        <extracomment>Item data roles: the Review line or gate behind an item, and what the delegate draws. The groups of the findings list, in reading order.</extracomment>
        <translation>Hambatan utama</translation>
    </message>
    <message>
        <source>Values not accepted</source>
        <translation>Nilai yang tidak diterima</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Answered with a justification</source>
        <translation>Dijawab dengan alasan</translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>Investor gates</source>
        <translation>Syarat mutlak investor</translation>
    </message>
    <message>
        <source>Findings, in the order an investor weighs them</source>
        <translation>Temuan, menurut urutan bobot bagi investor</translation>
    </message>
    <message>
        <source>Points lost by criterion</source>
        <translation>Poin yang hilang per kriteria</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Temuan (&amp;D)</translation>
    </message>
    <message>
        <source>Points by &amp;criterion</source>
        <translation>Poin per kriteria (&amp;C)</translation>
    </message>
    <message>
        <source>The selected line in full</source>
        <translation>Baris terpilih selengkapnya</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>Ke isian (&amp;G)</translation>
    </message>
    <message>
        <source>Show the field (and select the rows) this line is about (Enter on the line)</source>
        <translation>Tampilkan isian (dan pilih baris) yang dimaksud baris ini (Enter pada baris)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge warning...</source>
        <translation>Jawab peringatan (&amp;A)...</translation>
    </message>
    <message>
        <source>Answer a warning with a written justification; deal-breakers cannot be waved away</source>
        <translation>Jawab peringatan dengan alasan tertulis; hambatan utama tidak dapat diabaikan begitu saja</translation>
    </message>
    <message>
        <source>&amp;Withdraw answer</source>
        <translation>Tarik jawaban (&amp;W)</translation>
    </message>
    <message>
        <source>Remove the justification given for this warning</source>
        <translation>Hapus alasan yang diberikan untuk peringatan ini</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1 open)</source>
        <translation>Temuan (%1 terbuka) (&amp;D)</translation>
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
        <translation>Tidak ada yang terbuka: tidak ada temuan, dan semua isian sudah diisi.</translation>
    </message>
    <message>
        <source>Select a line to see it in full; press Enter (or Go to field) to go to its field.</source>
        <translation>Pilih baris untuk melihatnya selengkapnya; tekan Enter (atau Ke isian) untuk menuju isiannya.</translation>
    </message>
    <message>
        <source>deal-breaker</source>
        <extracomment>What each band is called on screen, and its colour (also the Review step&apos;s dot in the sidebar).</extracomment>
        <translation>hambatan utama</translation>
    </message>
    <message>
        <source>serious flaw</source>
        <translation>kelemahan serius</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>kelemahan</translation>
    </message>
    <message>
        <source>polish</source>
        <translation>penyempurnaan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 deal-breaker</source>
        <translation>%1 hambatan utama</translation>
    </message>
    <message>
        <source>%1 deal-breakers</source>
        <translation>%1 hambatan utama</translation>
    </message>
    <message>
        <source>%1 value not accepted</source>
        <translation>%1 nilai tidak diterima</translation>
    </message>
    <message>
        <source>%1 values not accepted</source>
        <translation>%1 nilai tidak diterima</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 peringatan</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 peringatan</translation>
    </message>
    <message>
        <source>%1 tip</source>
        <translation>%1 saran</translation>
    </message>
    <message>
        <source>%1 tips</source>
        <translation>%1 saran</translation>
    </message>
    <message>
        <source>%1 field to fill in</source>
        <translation>%1 isian belum diisi</translation>
    </message>
    <message>
        <source>%1 fields to fill in</source>
        <translation>%1 isian belum diisi</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 sudah dijawab</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>tidak ada yang terbuka</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <source>%1 of 100, capped by a failed gate (%2 without it)</source>
        <translation>%1 dari 100, dibatasi oleh syarat mutlak yang tidak terpenuhi (%2 tanpa itu)</translation>
    </message>
    <message>
        <source>score 100: no open line costs points, but %1 line is still open</source>
        <translation>skor 100: tidak ada baris terbuka yang mengurangi poin, tetapi %1 baris masih terbuka</translation>
    </message>
    <message>
        <source>score 100: no open line costs points, but %1 lines are still open</source>
        <translation>skor 100: tidak ada baris terbuka yang mengurangi poin, tetapi %1 baris masih terbuka</translation>
    </message>
    <message>
        <source>100 of 100: nothing open</source>
        <translation>100 dari 100: tidak ada yang terbuka</translation>
    </message>
    <message>
        <source>%1 of 100 (%2 lost)</source>
        <translation>%1 dari 100 (dikurangi %2)</translation>
    </message>
    <message>
        <source>Deal-breaker (1 of %1): %2</source>
        <translation>Hambatan utama (1 dari %1): %2</translation>
    </message>
    <message>
        <source>Deal-breaker: %1</source>
        <translation>Hambatan utama: %1</translation>
    </message>
    <message>
        <source>Costliest open finding (%1): %2</source>
        <translation>Temuan terbuka dengan pengurangan terbesar (%1): %2</translation>
    </message>
    <message>
        <source>No finding remains; still open: %1.</source>
        <translation>Tidak ada temuan tersisa; masih terbuka: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 fields filled in</source>
        <translation>%1 dari %2 isian terisi</translation>
    </message>
    <message>
        <source>Open: %1.</source>
        <translation>Terbuka: %1.</translation>
    </message>
    <message>
        <source>Nothing open; %1.</source>
        <translation>Tidak ada yang terbuka; %1.</translation>
    </message>
    <message>
        <source>Investor gates: %1 of %2 fail</source>
        <translation>Syarat mutlak investor: %1 dari %2 tidak terpenuhi</translation>
    </message>
    <message>
        <source>Investor gates: all %1 pass</source>
        <translation>Syarat mutlak investor: semua %1 terpenuhi</translation>
    </message>
    <message>
        <source>1 readiness gate is not met (%1)</source>
        <translation>1 syarat mutlak kesiapan investasi belum terpenuhi (%1)</translation>
    </message>
    <message>
        <source>%1 readiness gates are not met (%2)</source>
        <translation>%1 syarat mutlak kesiapan investasi belum terpenuhi (%2)</translation>
    </message>
    <message>
        <source>%1 (a contradiction between fields)</source>
        <translation>%1 (isian saling bertentangan)</translation>
    </message>
    <message>
        <source>%1 (%2 of them a contradiction between fields)</source>
        <translation>%1 (%2 di antaranya isian saling bertentangan)</translation>
    </message>
    <message>
        <source>%1 (%2 of them contradictions between fields)</source>
        <translation>%1 (%2 di antaranya isian saling bertentangan)</translation>
    </message>
    <message>
        <source>%1 (%2 does not apply)</source>
        <translation>%1 (%2 tidak berlaku)</translation>
    </message>
    <message>
        <source>%1 (%2 do not apply)</source>
        <translation>%1 (%2 tidak berlaku)</translation>
    </message>
    <message>
        <source>%1. A reader stops at the first that fails.</source>
        <translation>%1. Pembaca berhenti pada syarat pertama yang tidak terpenuhi.</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Tidak terpenuhi</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Yang perlu dilakukan: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Letak: %1</translation>
    </message>
    <message>
        <source>Comes from: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>Proposal secara keseluruhan</translation>
    </message>
    <message>
        <source>%1 (on the %2 step)</source>
        <translation>%1 (di langkah %2)</translation>
    </message>
    <message>
        <source>Value not accepted (not saved)</source>
        <translation>Nilai tidak diterima (tidak disimpan)</translation>
    </message>
    <message>
        <source>Deal-breaker · %1</source>
        <translation>Hambatan utama · %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Contradiction between fields</source>
        <translation>Isian saling bertentangan</translation>
    </message>
    <message>
        <source>%1 answered (of %2)</source>
        <translation>%1 setelah dijawab (dari %2)</translation>
    </message>
    <message>
        <source>Answered: “%1”. An answered finding still costs half its points: %2 of %3, in %4.</source>
        <translation>Dijawab: “%1”. Temuan yang sudah dijawab tetap mengurangi separuh poinnya: %2 dari %3, dalam %4.</translation>
    </message>
    <message>
        <source>Costs %1 (%2), in %3.</source>
        <translation>Mengurangi %1 (%2), dalam %3.</translation>
    </message>
    <message>
        <source>%1

What would fix it: %2

An answered warning still costs half its points: %3 instead of %4.</source>
        <translation>%1

Cara memperbaikinya: %2

Peringatan yang sudah dijawab tetap mengurangi separuh poinnya: %3, bukan %4.</translation>
    </message>
    <message>
        <source>%1: no points lost (it can cost up to %2)</source>
        <translation>%1: tidak ada poin hilang (bisa hingga %2)</translation>
    </message>
    <message>
        <source>%1: %2 of at most %3 points lost</source>
        <translation>%1: %2 dari paling banyak %3 poin hilang</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 lainnya</translation>
    </message>
    <message>
        <source>Checks that lost points: %1</source>
        <translation>Pemeriksaan yang mengurangi poin: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>names in a list</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1; and more</source>
        <translation>%1; dan lainnya</translation>
    </message>
    <message>
        <source>the readiness band is %1</source>
        <translation>tingkat kesiapan investasi proposal adalah %1</translation>
    </message>
    <message>
        <source>sign-off is turned on and the current content is not signed off</source>
        <translation>persetujuan akhir diwajibkan dan isi saat ini belum mendapat persetujuan akhir</translation>
    </message>
    <message>
        <source>sign-off is turned on and the current content is not signed off (the last sign-off is stale)</source>
        <translation>persetujuan akhir diwajibkan dan isi saat ini belum mendapat persetujuan akhir (persetujuan terakhir sudah kedaluwarsa)</translation>
    </message>
    <message>
        <source>the sign-off record cannot be read (%1)</source>
        <translation>catatan persetujuan akhir tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>No DRAFT mark will show: no readiness gate fails, the proposal is %1 (score %2), %3</source>
        <translation>Tanda DRAFT tidak akan tampil: tidak ada syarat mutlak kesiapan investasi yang gagal, proposal berstatus %1 (skor %2), %3</translation>
    </message>
    <message>
        <source>and the current content is signed off.</source>
        <translation>dan isi saat ini sudah mendapat persetujuan akhir.</translation>
    </message>
    <message>
        <source>and sign-off does not hold it back.</source>
        <translation>dan persetujuan akhir tidak menahannya.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The DRAFT mark is off, so the export will not say it is a draft, although %1.</source>
        <translation>Tanda DRAFT dimatikan, jadi hasil ekspor tidak akan menyebutnya draf, padahal %1.</translation>
    </message>
    <message>
        <source>The Review step says what to do.</source>
        <translation>Langkah Tinjauan menjelaskan apa yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>The Versions and sign-off panel (View menu) records the sign-off.</source>
        <translation>Panel Versi dan persetujuan akhir (menu Tampilan) mencatat persetujuan akhir.</translation>
    </message>
    <message>
        <source>Every page will be marked DRAFT because %1.</source>
        <translation>Setiap halaman akan diberi tanda DRAFT karena %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Each risk named, scored, mitigated and given to the party best able to carry it.</source>
        <translation>Setiap risiko disebutkan, dinilai, dimitigasi, dan dialokasikan kepada pihak yang paling mampu menanggungnya.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Daftar risiko</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Digital roadmap</source>
        <translation>Peta jalan digital</translation>
    </message>
    <message>
        <source>From heavy to light and back to heavy: phases in order, with costs.</source>
        <translation>Dari berat ke ringan dan kembali ke berat: tahapan secara berurutan, dengan biayanya.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Digital foundations</source>
        <translation>Fondasi digital</translation>
    </message>
    <message>
        <source>&amp;Digital readiness today</source>
        <translation>Kesiapan &amp;digital saat ini</translation>
    </message>
    <message>
        <source>Digital readiness today</source>
        <translation>Kesiapan digital saat ini</translation>
    </message>
    <message>
        <source>D&amp;ata governance</source>
        <translation>T&amp;ata kelola data</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>Tata kelola data</translation>
    </message>
    <message>
        <source>&amp;Cybersecurity</source>
        <translation>Keamanan siber (&amp;C)</translation>
    </message>
    <message>
        <source>Cybersecurity</source>
        <translation>Keamanan siber</translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>No rows yet: press Insert or use Add row. Rows copied from a spreadsheet can be pasted with Ctrl+V.</source>
        <translation>Belum ada baris: tekan Insert atau gunakan Tambah baris. Baris yang disalin dari lembar kerja dapat ditempel dengan Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <source>Selected slide</source>
        <extracomment>Quiet time after the last edit before the preview is rendered again (ms). Delay before rendering when the preview is shown with something new to render (ms): long enough that paging through the steps does not start a render on every pass. Thumbnails drawn per pass of the event loop (about 4 ms each), so a long deck never stalls the window. Quiet time after an edit before the edited slide is drawn on its own (ms). What the warm process runs for the edited slide. The child process&apos;s id once it has started (evidence that the render left this process). generation, a one-page PDF of the edited slide, {&quot;id&quot;, &quot;number&quot;, &quot;total&quot;}: newer than the deck shown False while a format without slides is chosen (the workbook): nothing is rendered then. Every child process a preview ran in (tests check that renders leave the GUI process). The options the preview on screen was made with (a deck has slides, a leave-behind pages). Render in the application&apos;s warm processes (False: a fresh child process for every render). Every process an edited slide was drawn in (tests check that it stays warm).</extracomment>
        <translation>Slide yang dipilih</translation>
    </message>
    <message>
        <source>Slides</source>
        <extracomment>The slides&apos; minimum height (the form&apos;s), kept while a format without slides is chosen.</extracomment>
        <translation>Daftar slide</translation>
    </message>
    <message>
        <source>Updating the preview...</source>
        <extracomment>The edited slide drawn on its own, newer than the deck: (generation, row, document, buffer).</extracomment>
        <translation>Memperbarui pratinjau...</translation>
    </message>
    <message>
        <source>The slides appear here a moment after the Export step opens.</source>
        <translation>Slide muncul di sini sesaat setelah langkah Ekspor dibuka.</translation>
    </message>
    <message>
        <source>Making the preview of this proposal...</source>
        <translation>Membuat pratinjau proposal ini...</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Pratinjau tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>The slides below are from the last preview that worked.</source>
        <translation>Slide di bawah berasal dari pratinjau terakhir yang berhasil.</translation>
    </message>
    <message>
        <source>Slide %1 of %2, as it will be exported. The other slides follow your edits a moment after you stop typing.</source>
        <translation>Slide %1 dari %2, sebagaimana akan diekspor. Slide lainnya mengikuti suntingan Anda sesaat setelah Anda berhenti mengetik.</translation>
    </message>
    <message>
        <source>the rendered PDF could not be read back for display</source>
        <translation>PDF yang dibuat tidak dapat dibaca kembali untuk ditampilkan</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Salindia %1</translation>
    </message>
    <message>
        <source>%1 pages, as they will be exported. The preview follows your edits a moment after you stop typing.</source>
        <translation>%1 halaman, sebagaimana akan diekspor. Pratinjau mengikuti suntingan Anda sesaat setelah Anda berhenti mengetik.</translation>
    </message>
    <message>
        <source>%1 slides, as they will be exported. The preview follows your edits a moment after you stop typing.</source>
        <translation>%1 slide, sebagaimana akan diekspor. Pratinjau mengikuti suntingan Anda sesaat setelah Anda berhenti mengetik.</translation>
    </message>
</context>
<context>
    <name>SlideTitlesEditor</name>
    <message>
        <source>Slide</source>
        <translation>Halaman slide</translation>
    </message>
    <message>
        <source>Made from your figures</source>
        <translation>Dibuat dari angka Anda</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>Judul Anda</translation>
    </message>
    <message>
        <source>Working out the title...</source>
        <translation>Menyusun judul...</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <extracomment>The main-line slides&apos; names in the table (the English of :data:`wizard.export.story.MAIN_LINE`, marked for translation here; a test keeps the two lists the same).</extracomment>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>The solution</source>
        <translation>Solusi</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Demand and market</source>
        <translation>Permintaan dan pasar</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Aspek ekonomi</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Sumber dan penggunaan dana</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Risk allocation</source>
        <translation>Alokasi risiko</translation>
    </message>
    <message>
        <source>Japanese value-add</source>
        <translation>Nilai tambah Jepang</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>The ask and next steps</source>
        <translation>Permintaan pendanaan dan langkah berikutnya</translation>
    </message>
    <message>
        <source>Slide titles</source>
        <translation>Judul slide</translation>
    </message>
    <message>
        <source>Each slide of the deck opens with a title made from your figures. Write your own to replace it: it is printed as written and kept in the project file. Clear it to use the one made from your figures again.</source>
        <translation>Setiap slide dalam materi presentasi diawali judul yang dibuat dari angka Anda. Tulis judul sendiri untuk menggantinya: judul itu dicetak persis seperti yang ditulis dan disimpan dalam berkas proyek. Kosongkan untuk kembali memakai judul yang dibuat dari angka Anda.</translation>
    </message>
    <message>
        <source>Set the title of the slide &apos;%1&apos;</source>
        <translation>Tetapkan judul slide “%1”</translation>
    </message>
    <message>
        <source>Clear the title of the slide &apos;%1&apos;</source>
        <translation>Hapus judul slide “%1”</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Open a proposal, start a new one, or explore a sample. Then give the proposal its name.</source>
        <translation>Buka proposal, mulai yang baru, atau lihat contoh. Lalu beri nama proposal Anda.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <source>Ne&amp;w proposal</source>
        <translation>Proposal baru (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open a file...</source>
        <translation>Buka berkas (&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>Contoh (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Be&amp;rkas terbaru</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Berkas terbaru</translation>
    </message>
    <message>
        <source>Open the selected sa&amp;mple</source>
        <translation>Buka contoh yang dipilih (&amp;M)</translation>
    </message>
    <message>
        <source>Open the selected recent f&amp;ile</source>
        <translation>Buka berkas terbaru yang d&amp;ipilih</translation>
    </message>
    <message>
        <source>This proposal</source>
        <translation>Proposal ini</translation>
    </message>
    <message>
        <source>&amp;Project name</source>
        <translation>Nama &amp;proyek</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nama proyek</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>S&amp;ubjudul</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <source>Prep&amp;ared by</source>
        <translation>Disusun oleh (&amp;A)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Disusun oleh</translation>
    </message>
    <message>
        <source>&amp;Date of the proposal</source>
        <translation>Tanggal proposal (&amp;D)</translation>
    </message>
    <message>
        <source>Date of the proposal</source>
        <translation>Tanggal proposal</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>&amp;Confidentiality note</source>
        <translation>&amp;Catatan kerahasiaan</translation>
    </message>
    <message>
        <source>Confidentiality note</source>
        <translation>Catatan kerahasiaan</translation>
    </message>
    <message>
        <source>I&amp;llustrative example</source>
        <translation>Contoh i&amp;lustratif</translation>
    </message>
    <message>
        <source>Illustrative example</source>
        <translation>Contoh ilustratif</translation>
    </message>
    <message>
        <source>Spreadsheet number forma&amp;t</source>
        <translation>Forma&amp;t angka di spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheet number format</source>
        <translation>Format angka di spreadsheet</translation>
    </message>
    <message>
        <source>Bundled sample ‘%1’: a fictional city, for illustration</source>
        <extracomment>The widest a page&apos;s label column may be (pixels at 100% scaling); longer labels wrap. Text this many times its normal size or more (presentation mode) puts labels above their fields. Above its field, a label wraps only when it is wider than this (a page on a 1024-pixel projector is wider). Qt&apos;s &quot;no maximum&quot; for a widget&apos;s size (QWIDGETSIZE_MAX). The accessible name this label gave the box (a box whose form names it keeps the form&apos;s name).</extracomment>
        <translation>Contoh bawaan ‘%1’: kota fiktif, sebagai ilustrasi</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <extracomment>The Begin box&apos;s widgets, by column (two columns: side by side; one column: the first over the second).</extracomment>
        <translation>(belum ada)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Edits of one field closer together than this (seconds) merge into one undo step...</extracomment>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Tambah baris ke %1</translation>
    </message>
    <message>
        <source>Remove row %1 from %2</source>
        <translation>Hapus baris %1 dari %2</translation>
    </message>
    <message>
        <source>Move row %1 of %2 up</source>
        <translation>Pindahkan baris %1 di %2 ke atas</translation>
    </message>
    <message>
        <source>Move row %1 of %2 down</source>
        <translation>Pindahkan baris %1 di %2 ke bawah</translation>
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
        <translation>Tetapkan %1 menjadi %2 (sekaligus %3)</translation>
    </message>
</context>
<context>
    <name>VisionPage</name>
    <message>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>What will be different, for whom, by when: in numbers.</source>
        <translation>Apa yang akan berubah, bagi siapa, dan kapan: dalam angka.</translation>
    </message>
    <message>
        <source>The vision</source>
        <translation>Visinya</translation>
    </message>
    <message>
        <source>V&amp;ision statement</source>
        <translation>Pernyataan v&amp;isi</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Pernyataan visi</translation>
    </message>
    <message>
        <source>H&amp;orizon year</source>
        <translation>Tahun target (&amp;O)</translation>
    </message>
    <message>
        <source>Horizon year</source>
        <translation>Tahun target</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>mis. 2030</translation>
    </message>
    <message>
        <source>Alignment with priorities</source>
        <translation>Keselarasan dengan prioritas</translation>
    </message>
    <message>
        <source>&amp;Social priorities served</source>
        <translation>Priorita&amp;s sosial yang didukung</translation>
    </message>
    <message>
        <source>Social priorities served</source>
        <translation>Prioritas sosial yang didukung</translation>
    </message>
    <message>
        <source>E&amp;conomic priorities served</source>
        <translation>Prioritas ekonomi yang didukung (&amp;C)</translation>
    </message>
    <message>
        <source>Economic priorities served</source>
        <translation>Prioritas ekonomi yang didukung</translation>
    </message>
    <message>
        <source>Envi&amp;ronmental priorities served</source>
        <translation>P&amp;rioritas lingkungan yang didukung</translation>
    </message>
    <message>
        <source>Environmental priorities served</source>
        <translation>Prioritas lingkungan yang didukung</translation>
    </message>
    <message>
        <source>Benefits (one per line)</source>
        <translation>Manfaat (satu per baris)</translation>
    </message>
    <message>
        <source>Benefi&amp;ts for citizens</source>
        <translation>Manfaa&amp;t bagi warga</translation>
    </message>
    <message>
        <source>Benefits for citizens</source>
        <translation>Manfaat bagi warga</translation>
    </message>
    <message>
        <source>Benefits for b&amp;usinesses</source>
        <translation>Manfaat bagi d&amp;unia usaha</translation>
    </message>
    <message>
        <source>Benefits for businesses</source>
        <translation>Manfaat bagi dunia usaha</translation>
    </message>
    <message>
        <source>Headline targets</source>
        <translation>Target utama</translation>
    </message>
</context>
</TS>

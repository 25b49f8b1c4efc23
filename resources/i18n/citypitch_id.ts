<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
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
        <source>Bring the funding sources in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>Ambil sumber pendanaan dari berkas .xlsx atau .csv: Anda memeriksa kolom dan setiap sel sebelum ada yang berubah</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet...</source>
        <translation>Impor sumber pendanaan dari lembar kerja...</translation>
    </message>
    <message>
        <source>Operation, concession and terminal value</source>
        <translation>Operasi, konsesi, dan nilai terminal</translation>
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
        <source>Slide titles</source>
        <translation>Judul slide</translation>
    </message>
    <message>
        <source>Each slide of the deck opens with a title made from your figures. Write your own to replace it: it is printed as written and kept in the project file. Clear it to use the one made from your figures again.</source>
        <translation>Setiap slide dalam materi presentasi diawali judul yang dibuat dari angka Anda. Tulis judul sendiri untuk menggantinya: judul itu dicetak persis seperti yang ditulis dan disimpan dalam berkas proyek. Kosongkan untuk kembali memakai judul yang dibuat dari angka Anda.</translation>
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
        <source>Number forma&amp;t</source>
        <translation>Forma&amp;t angka</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Format angka</translation>
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

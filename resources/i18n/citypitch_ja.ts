<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BudgetNotes</name>
    <message>
        <source>{count} characters over: the whole text moves to the appendix ({code})</source>
        <translation>{count}文字超過：全文が付録（{code}）に移ります</translation>
    </message>
    <message>
        <source>{count} characters over: the rest moves to the appendix ({code})</source>
        <translation>{count}文字超過：残りは付録（{code}）に移ります</translation>
    </message>
    <message>
        <source>Part of it moves to the appendix ({code})</source>
        <translation>一部が付録（{code}）に移ります</translation>
    </message>
    <message>
        <source>{count} characters left on the slide</source>
        <translation>スライドにあと{count}文字入ります</translation>
    </message>
</context>
<context>
    <name>CityTeamPage</name>
    <message>
        <source>City and team</source>
        <translation>都市と推進体制</translation>
    </message>
    <message>
        <source>Who the city is, and who stands behind the proposal.</source>
        <translation>どのような都市か、そして誰がこの提案を推進するのか。</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>都市の概況</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>都市(&amp;C)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>国(&amp;O)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>&amp;Province or region</source>
        <translation>州・地域(&amp;P)</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>州・地域</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>degrees, north positive, e.g. 16.0678</source>
        <translation>度（北緯は正の値）、例：16.0678</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>degrees, east positive, e.g. 108.2208</source>
        <translation>度（東経は正の値）、例：108.2208</translation>
    </message>
    <message>
        <source>Pop&amp;ulation</source>
        <translation>人口(&amp;U)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Popu&amp;lation year</source>
        <translation>人口の基準年(&amp;L)</translation>
    </message>
    <message>
        <source>Population year</source>
        <translation>人口の基準年</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>例：2030</translation>
    </message>
    <message>
        <source>Popul&amp;ation growth (% a year)</source>
        <translation>人口増加率（年率％）(&amp;A)</translation>
    </message>
    <message>
        <source>Population growth (% a year)</source>
        <translation>人口増加率（年率％）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>A&amp;rea (km²)</source>
        <translation>面積（km²）(&amp;R)</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>面積（km²）</translation>
    </message>
    <message>
        <source>&amp;GDP per head (USD)</source>
        <translation>一人当たりGDP（米ドル）(&amp;G)</translation>
    </message>
    <message>
        <source>GDP per head (USD)</source>
        <translation>一人当たりGDP（米ドル）</translation>
    </message>
    <message>
        <source>A&amp;SCN member city</source>
        <translation>ASCN加盟都市(&amp;S)</translation>
    </message>
    <message>
        <source>ASCN member city</source>
        <translation>ASCN加盟都市</translation>
    </message>
    <message>
        <source>ASCN focus areas</source>
        <translation>ASCNの重点分野</translation>
    </message>
    <message>
        <source>S&amp;mart City Action Plan reference</source>
        <translation>スマートシティ行動計画（SCAP）での位置付け(&amp;M)</translation>
    </message>
    <message>
        <source>Smart City Action Plan reference</source>
        <translation>スマートシティ行動計画（SCAP）での位置付け</translation>
    </message>
    <message>
        <source>C&amp;ity context</source>
        <translation>都市の背景(&amp;I)</translation>
    </message>
    <message>
        <source>City context</source>
        <translation>都市の背景</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <source>Lea&amp;d agency</source>
        <translation>主管機関(&amp;D)</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>主管機関</translation>
    </message>
    <message>
        <source>Pro&amp;ject champion</source>
        <translation>プロジェクト推進責任者(&amp;J)</translation>
    </message>
    <message>
        <source>Project champion</source>
        <translation>プロジェクト推進責任者</translation>
    </message>
    <message>
        <source>Champion&apos;s title</source>
        <translation>推進責任者の役職</translation>
    </message>
    <message>
        <source>&amp;Team capability and track record</source>
        <translation>チームの能力と実績(&amp;T)</translation>
    </message>
    <message>
        <source>Team capability and track record</source>
        <translation>チームの能力と実績</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
</context>
<context>
    <name>EconomyPage</name>
    <message>
        <source>Economic engine</source>
        <translation>経済効果を生む仕組み</translation>
    </message>
    <message>
        <source>The conditions that let businesses invest and grow, and how far the project has been studied.</source>
        <translation>企業が投資し成長できる条件と、事業の検討がどこまで進んでいるか。</translation>
    </message>
    <message>
        <source>Growth conditions</source>
        <translation>成長の条件</translation>
    </message>
    <message>
        <source>&amp;Conditions for business</source>
        <translation>事業環境(&amp;C)</translation>
    </message>
    <message>
        <source>Conditions for business</source>
        <translation>事業環境</translation>
    </message>
    <message>
        <source>En&amp;abling infrastructure</source>
        <translation>前提となるインフラ(&amp;A)</translation>
    </message>
    <message>
        <source>Enabling infrastructure</source>
        <translation>前提となるインフラ</translation>
    </message>
    <message>
        <source>&amp;Regulation and enabling law</source>
        <translation>規制と根拠法令(&amp;R)</translation>
    </message>
    <message>
        <source>Regulation and enabling law</source>
        <translation>規制と根拠法令</translation>
    </message>
    <message>
        <source>&amp;Market access and demand</source>
        <translation>市場へのアクセスと需要(&amp;M)</translation>
    </message>
    <message>
        <source>Market access and demand</source>
        <translation>市場へのアクセスと需要</translation>
    </message>
    <message>
        <source>Reven&amp;ue model</source>
        <translation>収益モデル(&amp;U)</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>収益モデル</translation>
    </message>
    <message>
        <source>&amp;Direct jobs</source>
        <translation>直接雇用(&amp;D)</translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation>直接雇用</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>&amp;Indirect jobs</source>
        <translation>間接雇用(&amp;I)</translation>
    </message>
    <message>
        <source>Indirect jobs</source>
        <translation>間接雇用</translation>
    </message>
    <message>
        <source>&amp;Scalability and replication</source>
        <translation>拡張性と横展開(&amp;S)</translation>
    </message>
    <message>
        <source>Scalability and replication</source>
        <translation>拡張性と横展開</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>事業化可能性</translation>
    </message>
    <message>
        <source>Feasibi&amp;lity study status</source>
        <translation>事業化可能性調査（F/S）の状況(&amp;L)</translation>
    </message>
    <message>
        <source>Feasibility study status</source>
        <translation>事業化可能性調査（F/S）の状況</translation>
    </message>
    <message>
        <source>S&amp;tudy prepared by</source>
        <translation>調査の実施者(&amp;T)</translation>
    </message>
    <message>
        <source>Study prepared by</source>
        <translation>調査の実施者</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>調査年</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>例：2030</translation>
    </message>
    <message>
        <source>&amp;Options considered</source>
        <translation>検討した代替案(&amp;O)</translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation>検討した代替案</translation>
    </message>
    <message>
        <source>Technical &amp;justification</source>
        <translation>技術的な妥当性(&amp;J)</translation>
    </message>
    <message>
        <source>Technical justification</source>
        <translation>技術的な妥当性</translation>
    </message>
    <message>
        <source>Demand forecast</source>
        <translation>需要予測</translation>
    </message>
    <message>
        <source>Demand forecast &amp;prepared by</source>
        <translation>需要予測の実施者(&amp;P)</translation>
    </message>
    <message>
        <source>Demand forecast prepared by</source>
        <translation>需要予測の実施者</translation>
    </message>
    <message>
        <source>Forecast prepared independently</source>
        <translation>第三者による需要予測</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>許認可</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>用地</translation>
    </message>
    <message>
        <source>Environmental cate&amp;gory</source>
        <translation>環境カテゴリ(&amp;G)</translation>
    </message>
    <message>
        <source>Environmental category</source>
        <translation>環境カテゴリ</translation>
    </message>
    <message>
        <source>Environmental impact assessment</source>
        <translation>環境影響評価（EIA）</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>See every slide as investors will, choose how to export, and write the PDF. The look of the deck (colour, logo, photos) is set at the bottom of this step.</source>
        <translation>投資家が見るとおりに全スライドを確認し、出力方法を選んでPDFを作成します。提案資料の見た目（色、ロゴ、写真）はこの画面の下部で設定します。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Slide preview</source>
        <translation>スライドのプレビュー</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>出力形式(&amp;U)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力形式</translation>
    </message>
    <message>
        <source>Label lan&amp;guage</source>
        <translation>ラベルの言語(&amp;G)</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>ラベルの言語</translation>
    </message>
    <message>
        <source>DRAFT mark</source>
        <translation>DRAFT表示</translation>
    </message>
    <message>
        <source>&amp;Mark every slide DRAFT while blockers remain</source>
        <translation>重大な不備が残る間は全スライドにDRAFTと表示する(&amp;M)</translation>
    </message>
    <message>
        <source>PDF varian&amp;t</source>
        <translation>PDFの種類(&amp;T)</translation>
    </message>
    <message>
        <source>PDF variant</source>
        <translation>PDFの種類</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>保存先(&amp;S)</translation>
    </message>
    <message>
        <source>Save the PDF to</source>
        <translation>PDFの保存先</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>参照(&amp;W)...</translation>
    </message>
    <message>
        <source>E&amp;xport PDF</source>
        <translation>PDFを出力(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>出力を中止(&amp;C)</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>PDFを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Deck look</source>
        <translation>提案資料のデザイン</translation>
    </message>
    <message>
        <source>&amp;Accent colour</source>
        <translation>アクセントカラー(&amp;A)</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>アクセントカラー</translation>
    </message>
    <message>
        <source>L&amp;ogo</source>
        <translation>ロゴ(&amp;O)</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG with the button below</source>
        <translation>下のボタンでPNGまたはJPEGを選んでください</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>Choose &amp;logo...</source>
        <translation>ロゴを選択(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>ロゴを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Add &amp;photo...</source>
        <translation>写真を追加(&amp;P)...</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Financial case</source>
        <translation>財務分析</translation>
    </message>
    <message>
        <source>Yearly numbers in, the figures investors expect out.</source>
        <translation>年ごとの数値を入力すると、投資家が求める指標が算出されます。</translation>
    </message>
    <message>
        <source>Currency and rates</source>
        <translation>通貨と為替レート</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>通貨(&amp;C)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>&amp;Local currency per 1 USD</source>
        <translation>1米ドル当たりの現地通貨(&amp;L)</translation>
    </message>
    <message>
        <source>Local currency per 1 USD</source>
        <translation>1米ドル当たりの現地通貨</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>L&amp;ocal currency per 1 JPY</source>
        <translation>1円当たりの現地通貨(&amp;O)</translation>
    </message>
    <message>
        <source>Local currency per 1 JPY</source>
        <translation>1円当たりの現地通貨</translation>
    </message>
    <message>
        <source>E&amp;xchange rates taken on</source>
        <translation>為替レートの基準日(&amp;X)</translation>
    </message>
    <message>
        <source>Exchange rates taken on</source>
        <translation>為替レートの基準日</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>B&amp;ase year</source>
        <translation>基準年(&amp;A)</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基準年</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>例：2030</translation>
    </message>
    <message>
        <source>Ho&amp;rizon (years)</source>
        <translation>評価期間（年）(&amp;R)</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>評価期間（年）</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>例：25</translation>
    </message>
    <message>
        <source>&amp;Discount rate (%)</source>
        <translation>割引率（％）(&amp;D)</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>割引率（％）</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>年次キャッシュフロー</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>主要指標</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>資金源</translation>
    </message>
    <message>
        <source>Bring the yearly lines in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>年次の行を .xlsx または .csv ファイルから取り込みます。変更の前に、列とすべてのセルを確認できます。</translation>
    </message>
    <message>
        <source>Import yearly lines from a spreadsheet...</source>
        <translation>表計算ファイルから年次の行を取り込む...</translation>
    </message>
    <message>
        <source>Bring the funding sources in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>資金源を .xlsx または .csv ファイルから取り込みます。変更の前に、列とすべてのセルを確認できます。</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet...</source>
        <translation>表計算ファイルから資金源を取り込む...</translation>
    </message>
    <message>
        <source>Operation, concession and terminal value</source>
        <translation>運営開始、コンセッション、ターミナルバリュー</translation>
    </message>
    <message>
        <source>Co&amp;mmercial operation starts (year)</source>
        <translation>商業運転の開始年(&amp;M)</translation>
    </message>
    <message>
        <source>Commercial operation starts (year)</source>
        <translation>商業運転の開始年</translation>
    </message>
    <message>
        <source>e.g. 2031</source>
        <translation>例：2031</translation>
    </message>
    <message>
        <source>Conce&amp;ssion or asset life ends (year)</source>
        <translation>コンセッションまたは資産耐用期間の終了年(&amp;S)</translation>
    </message>
    <message>
        <source>Concession or asset life ends (year)</source>
        <translation>コンセッションまたは資産耐用期間の終了年</translation>
    </message>
    <message>
        <source>e.g. 2052</source>
        <translation>例：2052</translation>
    </message>
    <message>
        <source>&amp;Terminal value method</source>
        <translation>ターミナルバリューの算定方法(&amp;T)</translation>
    </message>
    <message>
        <source>Terminal value method</source>
        <translation>ターミナルバリューの算定方法</translation>
    </message>
    <message>
        <source>Terminal gro&amp;wth (% a year)</source>
        <translation>永久成長率（年率％）(&amp;W)</translation>
    </message>
    <message>
        <source>Terminal growth (% a year)</source>
        <translation>永久成長率（年率％）</translation>
    </message>
    <message>
        <source>Exit multi&amp;ple (x EBITDA)</source>
        <translation>エグジット倍率（EBITDA倍）(&amp;P)</translation>
    </message>
    <message>
        <source>Exit multiple (x EBITDA)</source>
        <translation>エグジット倍率（EBITDA倍）</translation>
    </message>
    <message>
        <source>Tax, returns and the lenders&apos; view</source>
        <translation>税、収益性、貸し手の視点</translation>
    </message>
    <message>
        <source>Prof&amp;it tax rate (%)</source>
        <translation>法人税率（％）(&amp;I)</translation>
    </message>
    <message>
        <source>Profit tax rate (%)</source>
        <translation>法人税率（％）</translation>
    </message>
    <message>
        <source>Depreciation period (&amp;years)</source>
        <translation>減価償却期間（年）(&amp;Y)</translation>
    </message>
    <message>
        <source>Depreciation period (years)</source>
        <translation>減価償却期間（年）</translation>
    </message>
    <message>
        <source>e.g. 20</source>
        <translation>例：20</translation>
    </message>
    <message>
        <source>Cost of e&amp;quity (%)</source>
        <translation>株主資本コスト（％）(&amp;Q)</translation>
    </message>
    <message>
        <source>Cost of equity (%)</source>
        <translation>株主資本コスト（％）</translation>
    </message>
    <message>
        <source>Lenders&apos; minimum DSCR (x)</source>
        <translation>貸し手が求める最低DSCR（倍）</translation>
    </message>
    <message>
        <source>e.g. 1.30</source>
        <translation>例：1.30</translation>
    </message>
    <message>
        <source>Development costs</source>
        <translation>開発費</translation>
    </message>
    <message>
        <source>Reserve accounts funded at financial close</source>
        <translation>資金調達完了時に積み立てる準備金口座</translation>
    </message>
    <message>
        <source>Local currency depreciation a&amp;gainst the loan currency (% a year)</source>
        <translation>借入通貨に対する現地通貨の下落率（年率％）(&amp;G)</translation>
    </message>
    <message>
        <source>Local currency depreciation against the loan currency (% a year)</source>
        <translation>借入通貨に対する現地通貨の下落率（年率％）</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>The ask to Japanese investors</source>
        <translation>日本の投資家への調達希望額</translation>
    </message>
    <message>
        <source>&amp;Use of the funds asked for</source>
        <translation>調達希望額の資金使途(&amp;U)</translation>
    </message>
    <message>
        <source>Use of the funds asked for</source>
        <translation>調達希望額の資金使途</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>&amp;Key assumptions</source>
        <translation>主要な前提条件(&amp;K)</translation>
    </message>
    <message>
        <source>Key assumptions</source>
        <translation>主要な前提条件</translation>
    </message>
</context>
<context>
    <name>ImplementationPage</name>
    <message>
        <source>Implementation</source>
        <translation>実施体制</translation>
    </message>
    <message>
        <source>Who delivers it, how it is governed and bought, and when each part is done.</source>
        <translation>誰が実施し、どう統治・調達し、各段階がいつ完了するか。</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>実施</translation>
    </message>
    <message>
        <source>&amp;Implementing agency</source>
        <translation>実施機関(&amp;I)</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>実施機関</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>ガバナンス(&amp;G)</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>ガバナンス</translation>
    </message>
    <message>
        <source>&amp;Procurement route</source>
        <translation>調達方式(&amp;P)</translation>
    </message>
    <message>
        <source>Procurement route</source>
        <translation>調達方式</translation>
    </message>
    <message>
        <source>&amp;Monitoring and reporting</source>
        <translation>モニタリングと報告(&amp;M)</translation>
    </message>
    <message>
        <source>Monitoring and reporting</source>
        <translation>モニタリングと報告</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>マイルストーン</translation>
    </message>
</context>
<context>
    <name>JapanPage</name>
    <message>
        <source>Japanese value-add</source>
        <translation>日本が提供できる付加価値</translation>
    </message>
    <message>
        <source>What Japanese partners bring beyond money, and how the project fits their rules.</source>
        <translation>日本のパートナーが資金以外にもたらすものと、事業が各制度の要件にどう合うか。</translation>
    </message>
    <message>
        <source>What Japan brings</source>
        <translation>日本がもたらすもの</translation>
    </message>
    <message>
        <source>&amp;Japanese technologies sought</source>
        <translation>求める日本の技術(&amp;J)</translation>
    </message>
    <message>
        <source>Japanese technologies sought</source>
        <translation>求める日本の技術</translation>
    </message>
    <message>
        <source>&amp;Operational expertise sought</source>
        <translation>求める運営ノウハウ(&amp;O)</translation>
    </message>
    <message>
        <source>Operational expertise sought</source>
        <translation>求める運営ノウハウ</translation>
    </message>
    <message>
        <source>&amp;Role offered to the investor beyond capital</source>
        <translation>資金以外で投資家に期待する役割(&amp;R)</translation>
    </message>
    <message>
        <source>Role offered to the investor beyond capital</source>
        <translation>資金以外で投資家に期待する役割</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Fit with Japanese programmes</source>
        <translation>日本の支援制度との適合</translation>
    </message>
    <message>
        <source>F&amp;it with JOIN</source>
        <translation>JOINとの適合(&amp;I)</translation>
    </message>
    <message>
        <source>Fit with JOIN</source>
        <translation>JOINとの適合</translation>
    </message>
    <message>
        <source>Fi&amp;t with JBIC</source>
        <translation>JBICとの適合(&amp;T)</translation>
    </message>
    <message>
        <source>Fit with JBIC</source>
        <translation>JBICとの適合</translation>
    </message>
    <message>
        <source>Fit &amp;with Smart JAMP</source>
        <translation>Smart JAMPとの適合(&amp;W)</translation>
    </message>
    <message>
        <source>Fit with Smart JAMP</source>
        <translation>Smart JAMPとの適合</translation>
    </message>
    <message>
        <source>Environ&amp;mental aims</source>
        <translation>環境面の目標(&amp;M)</translation>
    </message>
    <message>
        <source>Environmental aims</source>
        <translation>環境面の目標</translation>
    </message>
    <message>
        <source>&amp;GHG reduction (tCO2e a year)</source>
        <translation>温室効果ガス削減量（tCO2e／年）(&amp;G)</translation>
    </message>
    <message>
        <source>GHG reduction (tCO2e a year)</source>
        <translation>温室効果ガス削減量（tCO2e／年）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Environment&amp;al and social considerations</source>
        <translation>環境社会配慮(&amp;A)</translation>
    </message>
    <message>
        <source>Environmental and social considerations</source>
        <translation>環境社会配慮</translation>
    </message>
    <message>
        <source>Structure and exit</source>
        <translation>事業スキームと出口</translation>
    </message>
    <message>
        <source>&amp;Project structure</source>
        <translation>事業スキーム(&amp;P)</translation>
    </message>
    <message>
        <source>Project structure</source>
        <translation>事業スキーム</translation>
    </message>
    <message>
        <source>&amp;Structure and shareholders</source>
        <translation>事業スキームと株主構成(&amp;S)</translation>
    </message>
    <message>
        <source>Structure and shareholders</source>
        <translation>事業スキームと株主構成</translation>
    </message>
    <message>
        <source>Management str&amp;ucture</source>
        <translation>経営体制(&amp;U)</translation>
    </message>
    <message>
        <source>Management structure</source>
        <translation>経営体制</translation>
    </message>
    <message>
        <source>How the investment is re&amp;covered</source>
        <translation>投資の回収方法(&amp;C)</translation>
    </message>
    <message>
        <source>How the investment is recovered</source>
        <translation>投資の回収方法</translation>
    </message>
    <message>
        <source>E&amp;xit strategy</source>
        <translation>出口戦略(&amp;X)</translation>
    </message>
    <message>
        <source>Exit strategy</source>
        <translation>出口戦略</translation>
    </message>
    <message>
        <source>Exit discussed with the parties in advance</source>
        <translation>出口戦略について関係者と事前に協議済み</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Languages of your text</source>
        <translation>テキストの言語</translation>
    </message>
    <message>
        <source>None: everything is in English</source>
        <translation>なし：すべて英語</translation>
    </message>
    <message>
        <source>&amp;Your local language</source>
        <translation>現地語(&amp;Y)</translation>
    </message>
    <message>
        <source>Fields written in the local language</source>
        <translation>現地語で書かれた項目</translation>
    </message>
    <message>
        <source>Written &amp;in it</source>
        <translation>現地語で書いた項目(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (%2, told by its script)</source>
        <translation>%1（%2、文字から判別）</translation>
    </message>
    <message>
        <source>Choose the language some of your text is written in, then tick those fields: the PDF marks them so a screen reader reads them in that language.</source>
        <translation>一部のテキストを書いた言語を選び、その項目にチェックを入れてください。PDFにその言語が記録され、スクリーンリーダーがその言語で読み上げます。</translation>
    </message>
    <message>
        <source>Tick the fields written in %1. Thai, Khmer, Lao, Burmese, Japanese and Vietnamese with its marks are recognised from their letters; Indonesian, Malay, Filipino and Tetum look like English to a program and need the tick.</source>
        <translation>%1で書いた項目にチェックを入れてください。タイ語、クメール語、ラオ語、ミャンマー語、日本語、声調記号付きのベトナム語は文字から判別されます。インドネシア語、マレー語、フィリピノ語、テトゥン語はプログラムには英語と見分けがつかないため、チェックが必要です。</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Problem</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>One specific challenge, measured, with the people it affects named.</source>
        <translation>具体的な課題を一つ、数値で示し、影響を受ける人々を明らかにします。</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>解決すべき課題</translation>
    </message>
    <message>
        <source>&amp;Problem category</source>
        <translation>課題の分類(&amp;P)</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>課題の分類</translation>
    </message>
    <message>
        <source>P&amp;roblem in one line</source>
        <translation>課題の要約（1行）(&amp;R)</translation>
    </message>
    <message>
        <source>Problem in one line</source>
        <translation>課題の要約（1行）</translation>
    </message>
    <message>
        <source>Pr&amp;oblem statement</source>
        <translation>課題の説明(&amp;O)</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>課題の説明</translation>
    </message>
    <message>
        <source>Peop&amp;le affected</source>
        <translation>影響を受ける人数(&amp;L)</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>影響を受ける人数</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>&amp;Who is affected</source>
        <translation>影響を受ける人々(&amp;W)</translation>
    </message>
    <message>
        <source>Who is affected</source>
        <translation>影響を受ける人々</translation>
    </message>
    <message>
        <source>Roo&amp;t causes</source>
        <translation>根本原因(&amp;T)</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Wh&amp;y now</source>
        <translation>なぜ今なのか(&amp;Y)</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>なぜ今なのか</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>市民</translation>
    </message>
    <message>
        <source>&amp;Community needs</source>
        <translation>地域のニーズ(&amp;C)</translation>
    </message>
    <message>
        <source>Community needs</source>
        <translation>地域のニーズ</translation>
    </message>
    <message>
        <source>C&amp;itizen consultation</source>
        <translation>市民への意見聴取(&amp;I)</translation>
    </message>
    <message>
        <source>Citizen consultation</source>
        <translation>市民への意見聴取</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠データ</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>重要業績評価指標（KPI）</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Each risk named, scored, mitigated and given to the party best able to carry it.</source>
        <translation>リスクごとに内容、評価、軽減策を示し、最も適切に負担できる当事者に割り当てます。</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>リスク一覧</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Digital roadmap</source>
        <translation>デジタル化ロードマップ</translation>
    </message>
    <message>
        <source>From heavy to light and back to heavy: phases in order, with costs.</source>
        <translation>ハードからソフトへ、そして再びハードへ。各段階を順に、費用とともに示します。</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Digital foundations</source>
        <translation>デジタル基盤</translation>
    </message>
    <message>
        <source>&amp;Digital readiness today</source>
        <translation>現在のデジタル化の状況(&amp;D)</translation>
    </message>
    <message>
        <source>Digital readiness today</source>
        <translation>現在のデジタル化の状況</translation>
    </message>
    <message>
        <source>D&amp;ata governance</source>
        <translation>データガバナンス(&amp;A)</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>データガバナンス</translation>
    </message>
    <message>
        <source>&amp;Cybersecurity</source>
        <translation>サイバーセキュリティ(&amp;C)</translation>
    </message>
    <message>
        <source>Cybersecurity</source>
        <translation>サイバーセキュリティ</translation>
    </message>
</context>
<context>
    <name>SlideTitlesEditor</name>
    <message>
        <source>Slide</source>
        <translation>スライド</translation>
    </message>
    <message>
        <source>Made from your figures</source>
        <translation>入力した数値から作成</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>独自のタイトル</translation>
    </message>
    <message>
        <source>Working out the title...</source>
        <translation>タイトルを作成しています...</translation>
    </message>
    <message>
        <source>Slide titles</source>
        <translation>スライドのタイトル</translation>
    </message>
    <message>
        <source>Each slide of the deck opens with a title made from your figures. Write your own to replace it: it is printed as written and kept in the project file. Clear it to use the one made from your figures again.</source>
        <translation>提案資料の各スライドは、入力した数値から作成したタイトルで始まります。独自のタイトルを書くとそれに置き換わり、書いたとおりに印刷され、プロジェクトファイルに保存されます。消去すると、数値から作成したタイトルに戻ります。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Open a proposal, start a new one, or explore a sample. Then give the proposal its name.</source>
        <translation>提案書を開くか、新しく作成するか、サンプルを見てください。その後、提案書に名前を付けます。</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Ne&amp;w proposal</source>
        <translation>新しい提案書(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open a file...</source>
        <translation>ファイルを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>サンプル(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <source>Open the selected sa&amp;mple</source>
        <translation>選んだサンプルを開く(&amp;M)</translation>
    </message>
    <message>
        <source>Open the selected recent f&amp;ile</source>
        <translation>選んだ最近のファイルを開く(&amp;I)</translation>
    </message>
    <message>
        <source>This proposal</source>
        <translation>この提案書</translation>
    </message>
    <message>
        <source>&amp;Project name</source>
        <translation>事業名(&amp;P)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>事業名</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>副題(&amp;U)</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副題</translation>
    </message>
    <message>
        <source>Prep&amp;ared by</source>
        <translation>作成者(&amp;A)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>&amp;Date of the proposal</source>
        <translation>提案日(&amp;D)</translation>
    </message>
    <message>
        <source>Date of the proposal</source>
        <translation>提案日</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Confidentiality note</source>
        <translation>機密保持に関する注記(&amp;C)</translation>
    </message>
    <message>
        <source>Confidentiality note</source>
        <translation>機密保持に関する注記</translation>
    </message>
    <message>
        <source>I&amp;llustrative example</source>
        <translation>説明用の架空の事例(&amp;L)</translation>
    </message>
    <message>
        <source>Illustrative example</source>
        <translation>説明用の架空の事例</translation>
    </message>
    <message>
        <source>Number forma&amp;t</source>
        <translation>数値の表記(&amp;T)</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>数値の表記</translation>
    </message>
</context>
<context>
    <name>VisionPage</name>
    <message>
        <source>Vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>What will be different, for whom, by when: in numbers.</source>
        <translation>何が、誰にとって、いつまでに変わるのか。数値で示します。</translation>
    </message>
    <message>
        <source>The vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>V&amp;ision statement</source>
        <translation>ビジョンの記述(&amp;I)</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>ビジョンの記述</translation>
    </message>
    <message>
        <source>H&amp;orizon year</source>
        <translation>目標年(&amp;O)</translation>
    </message>
    <message>
        <source>Horizon year</source>
        <translation>目標年</translation>
    </message>
    <message>
        <source>e.g. 2030</source>
        <translation>例：2030</translation>
    </message>
    <message>
        <source>Alignment with priorities</source>
        <translation>優先課題との整合</translation>
    </message>
    <message>
        <source>&amp;Social priorities served</source>
        <translation>社会面の優先課題との整合(&amp;S)</translation>
    </message>
    <message>
        <source>Social priorities served</source>
        <translation>社会面の優先課題との整合</translation>
    </message>
    <message>
        <source>E&amp;conomic priorities served</source>
        <translation>経済面の優先課題との整合(&amp;C)</translation>
    </message>
    <message>
        <source>Economic priorities served</source>
        <translation>経済面の優先課題との整合</translation>
    </message>
    <message>
        <source>Envi&amp;ronmental priorities served</source>
        <translation>環境面の優先課題との整合(&amp;R)</translation>
    </message>
    <message>
        <source>Environmental priorities served</source>
        <translation>環境面の優先課題との整合</translation>
    </message>
    <message>
        <source>Benefits (one per line)</source>
        <translation>便益（1行に1項目）</translation>
    </message>
    <message>
        <source>Benefi&amp;ts for citizens</source>
        <translation>市民にとっての便益(&amp;T)</translation>
    </message>
    <message>
        <source>Benefits for citizens</source>
        <translation>市民にとっての便益</translation>
    </message>
    <message>
        <source>Benefits for b&amp;usinesses</source>
        <translation>企業にとっての便益(&amp;U)</translation>
    </message>
    <message>
        <source>Benefits for businesses</source>
        <translation>企業にとっての便益</translation>
    </message>
    <message>
        <source>Headline targets</source>
        <translation>主要目標</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>the copy was discarded while it was being written</source>
        <extracomment>Quiet time after the last edit before an autosave (milliseconds). Longest time an edit waits for an autosave while the user keeps editing (milliseconds). When (time.monotonic) the snapshot behind the last successful autosave was taken; None until the first one.</extracomment>
        <translation>書き込み中にコピーが破棄されました</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました：%1</translation>
    </message>
</context>
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
    <name>Compare</name>
    <message>
        <source>Changed</source>
        <extracomment>The dialog&apos;s words are in the interface&apos;s language; &quot;Save as text&quot; writes ``citypitch diff``&apos;s English.</extracomment>
        <translation>変更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Total capex</source>
        <extracomment>The key figures&apos; names, by :class:`wizard.review.diff.Figure` id.</extracomment>
        <translation>設備投資の総額</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>正味現在価値（NPV）</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>内部収益率（IRR）</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投資回収期間</translation>
    </message>
    <message>
        <source>Capex not yet committed</source>
        <translation>資金の確約がない設備投資（資金不足額）</translation>
    </message>
    <message>
        <source>deal-breaker</source>
        <translation>重大な不備</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>改善のヒント</translation>
    </message>
    <message>
        <source>%1 (current draft)</source>
        <extracomment>More changes than this are shown without measuring each row&apos;s height (it would take seconds).</extracomment>
        <translation>%1（現在の下書き）</translation>
    </message>
    <message>
        <source>%1 @ version %2 &quot;%3&quot; (saved %4 by %5)</source>
        <translation>%1のバージョン%2「%3」（%4に%5が保存）</translation>
    </message>
    <message>
        <source>%1 @ version %2 &quot;%3&quot; (saved %4)</source>
        <translation>%1のバージョン%2「%3」（%4に保存）</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <translation>（算出できません）</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>（未評価）</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>投資準備度スコア：%1 → %2</translation>
    </message>
    <message>
        <source>Score: %1 (no change)</source>
        <translation>投資準備度スコア：%1（変化なし）</translation>
    </message>
    <message>
        <source>Band: %1 → %2</source>
        <translation>判定：%1 → %2</translation>
    </message>
    <message>
        <source>Band: %1 (no change)</source>
        <translation>判定：%1（変化なし）</translation>
    </message>
    <message>
        <source>Findings that went (%1):</source>
        <translation>解消された指摘（%1件）：</translation>
    </message>
    <message>
        <source>Findings that appeared (%1):</source>
        <translation>新たに生じた指摘（%1件）：</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案書全体</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Findings: the same</source>
        <translation>指摘：変化なし</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>比較元：%1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>比較先：%1</translation>
    </message>
    <message>
        <source>No differences: the two proposals hold the same content.</source>
        <translation>差分はありません。2つの提案書の内容は同じです。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要な数値</translation>
    </message>
    <message>
        <source>Key figures, old and new</source>
        <translation>主要な数値（比較元と比較先）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>比較元</translation>
    </message>
    <message>
        <source>New</source>
        <translation>比較先</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>投資準備度</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>変更点（%1件）</translation>
    </message>
    <message>
        <source>Changes, old and new side by side</source>
        <translation>変更点（比較元と比較先を並べて表示）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Word by word ([-removed-] {+added+}):</source>
        <translation>単語ごとの比較（[-削除-] {+追加+}）：</translation>
    </message>
    <message>
        <source>The selected change, word by word</source>
        <translation>選択した変更点（単語ごと）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Select a changed field to see it word by word: removed words struck through, added words marked.</source>
        <translation>変更された項目を選ぶと、単語ごとの違いを表示します。削除された語には取り消し線が、追加された語には印が付きます。</translation>
    </message>
    <message>
        <source>%1, word by word:</source>
        <translation>%1（単語ごと）：</translation>
    </message>
</context>
<context>
    <name>Consult</name>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>No longer attached</source>
        <translation>対象が見つからない</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, 1 reply</source>
        <translation>%1、返信1件</translation>
    </message>
    <message>
        <source>%1, %2 replies</source>
        <translation>%1、返信%2件</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>resolved by %1 on %2</source>
        <translation>%2に%1が解決済みにしました</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>%1が解決済みにしました</translation>
    </message>
    <message>
        <source>Comment %1 on %2</source>
        <translation>コメント%1（対象：%2）</translation>
    </message>
    <message>
        <source>The field or row it was on is gone (it comes back if the row does).</source>
        <translation>付いていた項目または行がなくなりました（その行が戻れば、コメントも戻ります）。</translation>
    </message>
    <message>
        <source>Reply by %1, %2:</source>
        <translation>%1からの返信（%2）：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Comments</source>
        <extracomment>The markers, panels and status line now show the review part as it is (tests wait for it). True when a table holding comments changed since they were last re-anchored. Raised whenever rows holding comments may have moved (what the overview was made for is kept).</extracomment>
        <translation>コメント</translation>
    </message>
    <message>
        <source>The selected comment and its replies</source>
        <translation>選択したコメントとその返信</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>項目へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>Show the field or row the comment is on</source>
        <translation>コメントが付いている項目または行を表示します</translation>
    </message>
    <message>
        <source>Re&amp;ply...</source>
        <translation>返信(&amp;P)...</translation>
    </message>
    <message>
        <source>Answer the selected comment</source>
        <translation>選択したコメントに返信します</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>解決済みにする(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the selected comment resolved</source>
        <translation>選択したコメントを解決済みにします</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>再開(&amp;N)</translation>
    </message>
    <message>
        <source>Open the selected comment again</source>
        <translation>選択したコメントを未解決に戻します</translation>
    </message>
    <message>
        <source>Comment on the &amp;whole proposal...</source>
        <translation>提案書全体にコメント(&amp;W)...</translation>
    </message>
    <message>
        <source>A comment that is on no one field (right-click a field or a table row to comment on it)</source>
        <translation>特定の項目に付けないコメントです（項目や表の行にコメントするには右クリック）</translation>
    </message>
    <message>
        <source>The comments cannot be shown.</source>
        <translation>コメントを表示できません。</translation>
    </message>
    <message>
        <source>No comments yet. Right-click a field or a table row to comment on it.</source>
        <translation>コメントはまだありません。項目や表の行を右クリックするとコメントできます。</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved, %3 no longer attached.</source>
        <translation>未解決%1件、解決済み%2件、対象が見つからないもの%3件。</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved.</source>
        <translation>未解決%1件、解決済み%2件。</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>読み取り専用：%1</translation>
    </message>
    <message>
        <source>&amp;Save as text...</source>
        <translation>テキストとして保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Write this comparison to a text file</source>
        <translation>この比較をテキストファイルに書き出します</translation>
    </message>
    <message>
        <source>C&amp;opy as text</source>
        <translation>テキストとしてコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Put this comparison on the clipboard as text</source>
        <translation>この比較をテキストとしてクリップボードにコピーします</translation>
    </message>
    <message>
        <source>comments</source>
        <extracomment>What a review action changes, as the guard&apos;s questions name it (translated when shown).</extracomment>
        <translation>コメント</translation>
    </message>
    <message>
        <source>saved versions</source>
        <translation>保存したバージョン</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>最終承認</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>打ち合わせメモ</translation>
    </message>
    <message>
        <source>Versions and sign-off</source>
        <translation>バージョンと最終承認</translation>
    </message>
    <message>
        <source>Save a &amp;version...</source>
        <translation>バージョンを保存(&amp;V)...</translation>
    </message>
    <message>
        <source>Compare &amp;with...</source>
        <translation>比較(&amp;W)...</translation>
    </message>
    <message>
        <source>Export review &amp;memo...</source>
        <translation>レビューメモを書き出す(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Comment on the whole proposal...</source>
        <translation>提案書全体にコメント(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Sign off...</source>
        <translation>最終承認(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Require a sign-off for a final export</source>
        <translation>最終版の書き出しに最終承認を必須にする(&amp;R)</translation>
    </message>
    <message>
        <source>Add session &amp;notes...</source>
        <translation>打ち合わせメモを追加(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Your name...</source>
        <translation>自分の名前(&amp;Y)...</translation>
    </message>
    <message>
        <source>Commen&amp;ts panel</source>
        <translation>コメントパネル(&amp;T)</translation>
    </message>
    <message>
        <source>Versions and sign-&amp;off panel</source>
        <translation>バージョンと最終承認パネル(&amp;O)</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Comments and versions are now recorded as written by %1.</source>
        <translation>今後、コメントとバージョンは%1の作成として記録されます。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>この提案書は読み取り専用で開かれています：%1</translation>
    </message>
    <message>
        <source>“%1” is a plain proposal file (JSON), which cannot hold %2. Comments, saved versions and sign-offs are kept inside a .citypitch file.

Save the proposal as a .citypitch file now, then carry on?</source>
        <translation>「%1」は通常の提案書ファイル（JSON）のため、%2を保存できません。コメント、保存したバージョン、最終承認は.citypitchファイルの中に保存されます。

今すぐ提案書を.citypitchファイルとして保存してから続けますか？</translation>
    </message>
    <message>
        <source>Save as a .citypitch file first</source>
        <translation>先に.citypitchファイルとして保存</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>提案書全体</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>対象：%1</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C)：</translation>
    </message>
    <message>
        <source>Add a comment on %1</source>
        <translation>%1にコメントを追加</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Reply to comment %1 by %2 on %3:</source>
        <translation>%2による%3へのコメント%1への返信：</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>返信(&amp;R)：</translation>
    </message>
    <message>
        <source>Reply to comment %1</source>
        <translation>コメント%1に返信</translation>
    </message>
    <message>
        <source>Resolve comment %1</source>
        <translation>コメント%1を解決済みにする</translation>
    </message>
    <message>
        <source>Reopen comment %1</source>
        <translation>コメント%1を再開</translation>
    </message>
    <message>
        <source>%1 open comment</source>
        <translation>未解決のコメント%1件</translation>
    </message>
    <message>
        <source>%1 open comments</source>
        <translation>未解決のコメント%1件</translation>
    </message>
    <message>
        <source>Save version “%1”</source>
        <translation>バージョン「%1」を保存</translation>
    </message>
    <message>
        <source>Saved version %1, “%2” (score %3, %4). Save the file to keep it.</source>
        <translation>バージョン%1「%2」を保存しました（投資準備度%3点、%4）。残すにはファイルを保存してください。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Version %1 cannot be opened</source>
        <translation>バージョン%1を開けません</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>無題の提案書</translation>
    </message>
    <message>
        <source>%1 @ version %2 “%3”</source>
        <translation>%1のバージョン%2「%3」</translation>
    </message>
    <message>
        <source>this is version %1, “%2”, saved %3 by %4. Restore it from the Versions panel of the proposal&apos;s own window to work on it.</source>
        <translation>これは%3に%4が保存したバージョン%1「%2」です。編集するには、提案書本体のウィンドウの「バージョン」パネルから復元してください。</translation>
    </message>
    <message>
        <source>this is version %1, “%2”, saved %3. Restore it from the Versions panel of the proposal&apos;s own window to work on it.</source>
        <translation>これは%3に保存したバージョン%1「%2」です。編集するには、提案書本体のウィンドウの「バージョン」パネルから復元してください。</translation>
    </message>
    <message>
        <source>The file no longer holds its images %1.</source>
        <translation>このファイルには画像%1がもう含まれていません。</translation>
    </message>
    <message>
        <source>Make version %1, “%2”, the current draft? Undo (Ctrl+Z) takes it back.</source>
        <translation>バージョン%1「%2」を現在の下書きにしますか？&#x3000;元に戻す（Ctrl+Z）で取り消せます。</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>バージョンの復元</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>The version was not restored</source>
        <translation>バージョンは復元されませんでした</translation>
    </message>
    <message>
        <source>Restore version %1 “%2”</source>
        <translation>バージョン%1「%2」を復元</translation>
    </message>
    <message>
        <source>Version %1, “%2”, is the current draft. Undo takes it back.</source>
        <translation>バージョン%1「%2」が現在の下書きになりました。元に戻すで取り消せます。</translation>
    </message>
    <message>
        <source>Remove version %1, “%2”, from the file? Undo (Ctrl+Z) brings it back until you close the file.</source>
        <translation>バージョン%1「%2」をファイルから削除しますか？&#x3000;ファイルを閉じるまでは、元に戻す（Ctrl+Z）で戻せます。</translation>
    </message>
    <message>
        <source>Delete a version</source>
        <translation>バージョンの削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete version %1 “%2”</source>
        <translation>バージョン%1「%2」を削除</translation>
    </message>
    <message>
        <source>Current proposal</source>
        <translation>現在の提案書</translation>
    </message>
    <message>
        <source>Cannot compare with this file</source>
        <translation>このファイルとは比較できません</translation>
    </message>
    <message>
        <source>Save the comparison as text</source>
        <translation>比較結果をテキストとして保存</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>The comparison was not written</source>
        <translation>比較結果は書き出されませんでした</translation>
    </message>
    <message>
        <source>Wrote the comparison to %1</source>
        <translation>比較結果を%1に書き出しました</translation>
    </message>
    <message>
        <source>You are signing off the current content, which is saved version %1, “%2”.</source>
        <translation>現在の内容（保存済みのバージョン%1「%2」）に最終承認を行います。</translation>
    </message>
    <message>
        <source>You are signing off the current content. It is not a saved version yet, so it will be saved as one, so that what was approved can always be opened again.</source>
        <translation>現在の内容に最終承認を行います。まだ保存済みのバージョンではないため、承認した内容をいつでも開き直せるよう、バージョンとして保存します。</translation>
    </message>
    <message>
        <source>Any later edit makes the sign-off stale; undoing the edit makes it current again.</source>
        <translation>この後に編集すると最終承認は古くなります。その編集を元に戻すと、再び有効になります。</translation>
    </message>
    <message>
        <source>The export keeps its DRAFT mark all the same while %1.</source>
        <translation>ただし、%1の間は、書き出しにDRAFT表示が残ります。</translation>
    </message>
    <message>
        <source>Sign off as %1</source>
        <translation>%1として最終承認</translation>
    </message>
    <message>
        <source>Signed off by %1 (version %2, “%3”).</source>
        <translation>%1が最終承認しました（バージョン%2「%3」）。</translation>
    </message>
    <message>
        <source>Require a sign-off</source>
        <translation>最終承認を必須にする</translation>
    </message>
    <message>
        <source>Stop requiring a sign-off</source>
        <translation>最終承認を必須にしない</translation>
    </message>
    <message>
        <source>Add session notes of %1</source>
        <translation>%1の打ち合わせメモを追加</translation>
    </message>
    <message>
        <source>The review memo cannot be written</source>
        <translation>レビューメモを書き出せません</translation>
    </message>
    <message>
        <source>Export the review memo</source>
        <translation>レビューメモの書き出し</translation>
    </message>
    <message>
        <source>The review memo was not written</source>
        <translation>レビューメモは書き出されませんでした</translation>
    </message>
    <message>
        <source>Wrote the review memo to %1</source>
        <translation>レビューメモを%1に書き出しました</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>最終承認</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>投資準備度</translation>
    </message>
    <message>
        <source>Signed off by %1, %2 on %3</source>
        <translation>%3に%1（%2）が最終承認</translation>
    </message>
    <message>
        <source>Signed off by %1 on %3</source>
        <translation>%3に%1が最終承認</translation>
    </message>
    <message>
        <source>Sign-off by %1 on %2 is stale: the proposal has changed since</source>
        <translation>%2の%1による最終承認は古くなっています：その後、提案書が変更されました</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>最終承認はまだありません</translation>
    </message>
    <message>
        <source>%1 (sign-off is required for a final export)</source>
        <translation>%1（最終版の書き出しには最終承認が必要です）</translation>
    </message>
    <message>
        <source>Sign-off: cannot be read (%1)</source>
        <translation>最終承認：読み込めません（%1）</translation>
    </message>
    <message>
        <source>. The draft is version %1, “%2”</source>
        <translation>。現在の草稿はバージョン%1「%2」です</translation>
    </message>
    <message>
        <source>Keep the proposal as it is now in the file, under a label</source>
        <translation>現在の提案書を、ラベルを付けてファイル内に保存します</translation>
    </message>
    <message>
        <source>Sign o&amp;ff...</source>
        <translation>最終承認(&amp;F)...</translation>
    </message>
    <message>
        <source>Approve the current content in your name (any later edit makes it stale)</source>
        <translation>現在の内容を自分の名前で承認します（承認後に編集すると、承認は現在の内容と一致しなくなります）</translation>
    </message>
    <message>
        <source>Write something first; an empty comment cannot be recorded.</source>
        <translation>先に内容を書いてください。空のコメントは記録できません。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>自分の名前</translation>
    </message>
    <message>
        <source>Comments, replies, saved versions and session notes record who wrote them. Your name is kept on this computer and used from now on.</source>
        <translation>コメント、返信、保存したバージョン、打ち合わせメモには作成者が記録されます。名前はこのコンピューターに保存され、今後使われます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>Write your name (for example Maya Tan, Lumara Smart City Office).</source>
        <translation>名前を書いてください（例：Maya Tan、Lumara Smart City Office）。</translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation>バージョンの保存</translation>
    </message>
    <message>
        <source>The whole proposal and its images are kept in the file as they are now, under this label. You can open, compare or restore it later.</source>
        <translation>提案書全体と画像を、現在の状態のままこのラベルでファイル内に保存します。後で開く、比較する、復元することができます。</translation>
    </message>
    <message>
        <source>After workshop 2</source>
        <translation>第2回ワークショップ後</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L)：</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>最終承認</translation>
    </message>
    <message>
        <source>Lead consultant</source>
        <translation>主任コンサルタント</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;name:</source>
        <translation>承認者の名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R)：</translation>
    </message>
    <message>
        <source>A sign-off needs the reviewer&apos;s name.</source>
        <translation>最終承認には承認者の名前が必要です。</translation>
    </message>
    <message>
        <source>Attendees, one a line</source>
        <translation>出席者（1行に1人）</translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation>話し合って合意した内容</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Attendees (one a line):</source>
        <translation>出席者（1行に1人）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>Write who attended or what was discussed.</source>
        <translation>出席者か話し合った内容を書いてください。</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>Compare the current draft with:</source>
        <translation>現在の草稿と比較する対象：</translation>
    </message>
    <message>
        <source>A saved &amp;version of this proposal</source>
        <translation>この提案書の保存したバージョン(&amp;V)</translation>
    </message>
    <message>
        <source>Another proposal &amp;file...</source>
        <translation>別の提案書ファイル(&amp;F)...</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>保存したバージョン</translation>
    </message>
    <message>
        <source>%1. %2 (saved %3 by %4)</source>
        <translation>%1. %2（%3に%4が保存）</translation>
    </message>
    <message>
        <source>%1. %2 (saved %3)</source>
        <translation>%1. %2（%3に保存）</translation>
    </message>
    <message>
        <source>A saved version of this proposal (the file has none yet)</source>
        <translation>この提案書の保存したバージョン（ファイルにはまだありません）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Choose a version in the list, or another file.</source>
        <translation>一覧からバージョンを選ぶか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Require a sign-off for an export without the DRAFT mark</source>
        <translation>DRAFT表示なしで書き出すには最終承認を必須にする</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>読み取り専用で開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected version in a read-only window</source>
        <translation>選択したバージョンを読み取り専用のウィンドウで表示します</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the selected version with the current draft (or two selected versions)</source>
        <translation>選択したバージョンを現在の草稿と比較します（または選択した2つのバージョンを比較）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Make the selected version the current draft (Undo takes it back)</source>
        <translation>選択したバージョンを現在の草稿にします（元に戻すで取り消せます）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected version from the file (Undo brings it back)</source>
        <translation>選択したバージョンをファイルから削除します（元に戻すで復活できます）</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>打ち合わせメモ</translation>
    </message>
    <message>
        <source>Record the date, who attended and what was discussed</source>
        <translation>日付、出席者、話し合った内容を記録します</translation>
    </message>
    <message>
        <source>Session notes and comments as a Markdown memo for the team (never for investors)</source>
        <translation>打ち合わせメモとコメントを、チーム向けのMarkdownメモとして書き出します（投資家向けではありません）</translation>
    </message>
    <message>
        <source>(current draft)</source>
        <translation>（現在の草稿）</translation>
    </message>
    <message>
        <source>No session notes yet.</source>
        <translation>打ち合わせメモはまだありません。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>1 open comment, by %2</source>
        <translation>未解決のコメント1件（%2）</translation>
    </message>
    <message>
        <source>%1 open comments, by %2</source>
        <translation>未解決のコメント%1件（%2）</translation>
    </message>
    <message>
        <source>Reply by %1: %2</source>
        <extracomment>A marker&apos;s tooltip shows this many comments whole; the rest are counted (all are in the panel).</extracomment>
        <translation>%1からの返信：%2</translation>
    </message>
    <message>
        <source>And %1 more: see them all in the Comments panel.</source>
        <translation>ほか%1件。すべてコメントパネルで確認できます。</translation>
    </message>
    <message>
        <source>Comment on %1...</source>
        <extracomment>What a menu entry asks for: a comment on this path.</extracomment>
        <translation>%1にコメント...</translation>
    </message>
    <message>
        <source>Comment on %1 in row %2 of %3...</source>
        <translation>%3の%2行目の%1にコメント...</translation>
    </message>
    <message>
        <source>Comment on row %1 of %2...</source>
        <translation>%2の%1行目にコメント...</translation>
    </message>
    <message>
        <source>Comment on the whole table %1...</source>
        <translation>表「%1」全体にコメント...</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>制御文字</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>絵文字</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>unnamed characters</source>
        <translation>名前のない文字</translation>
    </message>
    <message>
        <source>Chinese characters (outside the bundled Japanese set)</source>
        <translation>漢字（同梱の日本語フォントの範囲外）</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ文字</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>ハングル</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>ラテン文字</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>キリル文字</translation>
    </message>
    <message>
        <source>The bundled fonts cannot draw the %1 characters here (%2): the PDF export refuses this text until they are removed or replaced.</source>
        <translation>ここにある%1（%2）は同梱のフォントで表示できません。削除するか置き換えるまで、PDFの書き出しではこのテキストを受け付けません。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1ほか%2文字</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>%1行目・%2：%3</translation>
    </message>
    <message>
        <source>the bundled fonts cannot draw some of the text, and an investor would see empty boxes: %1. The fonts cover %2: remove or replace these characters</source>
        <translation>同梱のフォントでは表示できない文字があり、このままでは投資家に空の四角形が見えてしまいます：%1。フォントが対応しているのは%2です。これらの文字を削除するか置き換えてください</translation>
    </message>
    <message>
        <source>%1 has %2 text (%3)</source>
        <translation>%1の%2（%3）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1; and %2 more field(s)</source>
        <translation>%1、ほか%2項目</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1。何も書き込まれていません</translation>
    </message>
    <message>
        <source>Latin (with Vietnamese), Greek, Cyrillic, Japanese, Thai, Khmer, Lao and Burmese</source>
        <translation>ラテン文字（ベトナム語を含む）、ギリシャ文字、キリル文字、日本語、タイ文字、クメール文字、ラオ文字、ビルマ文字</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>%1行目・%2列（%3）：%4</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>%1行目・%2列：%3</translation>
    </message>
    <message>
        <source>%1: only .xlsx and .csv files can be brought in</source>
        <translation>%1：取り込めるのは.xlsxと.csvのファイルだけです</translation>
    </message>
    <message>
        <source>%1: the file could not be read (%2)</source>
        <translation>%1：ファイルを読み込めませんでした（%2）</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; spreadsheets up to %3 MB can be brought in</source>
        <translation>%1：ファイルは%2 MBです。取り込めるスプレッドシートは%3 MBまでです</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text; save it from your spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>%1：このファイルはUTF-8のテキストではありません。表計算ソフトから「CSV UTF-8」形式で保存してください</translation>
    </message>
    <message>
        <source>%1: the file is not a CSV text file</source>
        <translation>%1：このファイルはCSVのテキストファイルではありません</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; bring in the yearly lines only</source>
        <translation>%1：行が%2行を超えています。年次の行だけを取り込んでください</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns</source>
        <translation>%1：%2行目の列が%3列を超えています</translation>
    </message>
    <message>
        <source>%1: this is not an .xlsx workbook (not a zip archive)</source>
        <translation>%1：これは.xlsxブックではありません（zip形式ではありません）</translation>
    </message>
    <message>
        <source>%1: the workbook has %2 parts; it looks built to overload the reader and is refused</source>
        <translation>%1：ブックに%2個の部分があります。読み込みに過大な負荷をかけるように作られているとみられるため、取り込みません</translation>
    </message>
    <message>
        <source>%1: the workbook would unpack to far more than it holds (a zip bomb); it is refused</source>
        <translation>%1：ブックを展開すると元の大きさをはるかに超えます（zip爆弾）。取り込みません</translation>
    </message>
    <message>
        <source>%1: the workbook links to other files (external links); paste the values into a plain sheet and bring that in</source>
        <translation>%1：ブックが他のファイルにリンクしています（外部リンク）。値だけを普通のシートに貼り付けて、そちらを取り込んでください</translation>
    </message>
    <message>
        <source>%1: the workbook contains macros; save a copy without macros (.xlsx) and bring that in</source>
        <translation>%1：ブックにマクロが含まれています。マクロなしのコピー（.xlsx）を保存して、そちらを取り込んでください</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s XML declares entities (%2); it is refused</source>
        <translation>%1：ブックのXMLがエンティティを宣言しています（%2）。取り込みません</translation>
    </message>
    <message>
        <source>%1: the workbook could not be read (%2)</source>
        <translation>%1：ブックを読み込めませんでした（%2）</translation>
    </message>
    <message>
        <source>%1: there is no sheet named %2 (sheets: %3)</source>
        <translation>%1：%2という名前のシートはありません（シート：%3）</translation>
    </message>
    <message>
        <source>%1: the sheet is empty</source>
        <translation>%1：シートが空です</translation>
    </message>
    <message>
        <source>this row has amounts but no year</source>
        <translation>この行には金額がありますが、年がありません</translation>
    </message>
    <message>
        <source>no column holds the year; name one &apos;Year&apos; or choose it in the mapping</source>
        <translation>年を含む列がありません。列名の1つを「Year」にするか、列の対応付けで選んでください</translation>
    </message>
    <message>
        <source>the %1 must be a number: %2</source>
        <translation>%1は数値で入力してください：%2</translation>
    </message>
    <message>
        <source>the %1 must be a number</source>
        <translation>%1は数値で入力してください</translation>
    </message>
    <message>
        <source>the %1 must be at least %2</source>
        <translation>%1は%2以上にしてください</translation>
    </message>
    <message>
        <source>the %1 must be at most %2</source>
        <translation>%1は%2以下にしてください</translation>
    </message>
    <message>
        <source>the %1 has too many decimals (at most %2)</source>
        <translation>%1の小数点以下の桁数が多すぎます（%2桁まで）</translation>
    </message>
    <message>
        <source>the %1 must be one of: %2</source>
        <translation>%1は次のいずれかにしてください：%2</translation>
    </message>
    <message>
        <source>the %1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a number is needed here</source>
        <translation>ここには数値が必要です</translation>
    </message>
    <message>
        <source>%1 is not a number; write it like %2</source>
        <translation>%1は数値ではありません。%2のように入力してください</translation>
    </message>
    <message>
        <source>%1 mixes separators in a way that cannot be read; write it like %2</source>
        <translation>%1は区切り記号が混在していて読み取れません。%2のように入力してください</translation>
    </message>
    <message>
        <source>%1 is not grouped in threes; write it like %2</source>
        <translation>%1は3桁ごとに区切られていません。%2のように入力してください</translation>
    </message>
    <message>
        <source>%1 could be %2 or %3; write %2 for the decimal, or %3 for the whole number</source>
        <translation>%1は%2とも%3とも読めます。小数なら%2、整数なら%3と入力してください</translation>
    </message>
    <message>
        <source>%1 could be %2 or %3; write %2 for the whole number, %3 for the decimal</source>
        <translation>%1は%2とも%3とも読めます。整数なら%2、小数なら%3と入力してください</translation>
    </message>
    <message>
        <source>%1 is not a number in this format; write it like %2</source>
        <translation>%1はこの形式の数値ではありません。%2のように入力してください</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1または%2</translation>
    </message>
    <message>
        <source>there is no comment %1</source>
        <translation>コメント%1はありません</translation>
    </message>
    <message>
        <source>the reply is empty: write what you want to say</source>
        <translation>返信が空です。伝えたいことを書いてください</translation>
    </message>
    <message>
        <source>the comment is empty: write what you want to say</source>
        <translation>コメントが空です。伝えたいことを書いてください</translation>
    </message>
    <message>
        <source>the reply is too long (%1 characters; at most %2)</source>
        <translation>返信が長すぎます（%1文字。上限は%2文字）</translation>
    </message>
    <message>
        <source>the comment is too long (%1 characters; at most %2)</source>
        <translation>コメントが長すぎます（%1文字。上限は%2文字）</translation>
    </message>
    <message>
        <source>say who the person resolving it is (a name)</source>
        <translation>解決済みにする人の名前を入力してください</translation>
    </message>
    <message>
        <source>say who the author is (a name)</source>
        <translation>作成者の名前を入力してください</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>提案書全体</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has 1 row, so there is no row %3</source>
        <translation>「%1」：%2は1行しかないため、%3行目はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has %3 rows, so there is no row %4</source>
        <translation>「%1」：%2は%3行のため、%4行目はありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>打ち合わせメモ</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>最終承認の記録</translation>
    </message>
    <message>
        <source>saved versions</source>
        <translation>保存したバージョン</translation>
    </message>
    <message>
        <source>contents of the saved versions</source>
        <translation>保存したバージョンの内容</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged and cannot be read; they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1（%2）が壊れていて読み込めません。ファイル内ではそのまま保たれますが、ここでは変更できません</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged (not a JSON object); they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1（%2）が壊れています（JSONオブジェクトではありません）。ファイル内ではそのまま保たれますが、ここでは変更できません</translation>
    </message>
    <message>
        <source>the %1 (%2) have an unreadable format number %3</source>
        <translation>%1（%2）の形式番号%3を読み取れません</translation>
    </message>
    <message>
        <source>the %1 (%2) were written by a newer CityPitch (format %3); this version keeps them unchanged but cannot show or change them. Update CityPitch</source>
        <translation>%1（%2）は新しいバージョンのCityPitchで書かれています（形式%3）。このバージョンではそのまま保ちますが、表示も変更もできません。CityPitchを更新してください</translation>
    </message>
    <message>
        <source>the %1 (%2) are damaged (%3); they are kept unchanged in the file, and cannot be changed here</source>
        <translation>%1（%2）が壊れています（%3）。ファイル内ではそのまま保たれますが、ここでは変更できません</translation>
    </message>
    <message>
        <source>the %1 (%2) are nested too deeply to be read</source>
        <translation>%1（%2）は入れ子が深すぎて読み込めません</translation>
    </message>
    <message>
        <source>the %1 would take %2 MB, more than a project file may hold in one part (%3 MB); nothing was changed</source>
        <translation>%1は%2 MBになり、プロジェクトファイルの1つの部分に入る上限（%3 MB）を超えます。何も変更していません</translation>
    </message>
    <message>
        <source>the file would hold %1 parts, more than CityPitch reads back (%2); delete old versions that use images the draft no longer has, then try again</source>
        <translation>ファイルの部分が%1個になり、CityPitchが読み戻せる数（%2）を超えます。下書きで使わなくなった画像を含む古いバージョンを削除してから、もう一度お試しください</translation>
    </message>
    <message>
        <source>the saved versions are damaged (%1); the file keeps them unchanged, but this version cannot be opened</source>
        <translation>保存したバージョンが壊れています（%1）。ファイル内ではそのまま保たれますが、このバージョンは開けません</translation>
    </message>
    <message>
        <source>a version unpacks to more data than any proposal holds</source>
        <translation>展開するとどの提案書よりも大きなデータになるバージョンがあります</translation>
    </message>
    <message>
        <source>a value is stored in a form this version does not know</source>
        <translation>このバージョンのCityPitchが知らない形式で保存された値があります</translation>
    </message>
    <message>
        <source>a reference is malformed</source>
        <translation>参照の形式が正しくありません</translation>
    </message>
    <message>
        <source>part %1 is missing</source>
        <translation>部分%1がありません</translation>
    </message>
    <message>
        <source>part %1 does not match its checksum</source>
        <translation>部分%1がチェックサムと一致しません</translation>
    </message>
    <message>
        <source>part %1 is malformed</source>
        <translation>部分%1の形式が正しくありません</translation>
    </message>
    <message>
        <source>the contents of the saved versions are damaged (no object table)</source>
        <translation>保存したバージョンの内容が壊れています（オブジェクト表がありません）</translation>
    </message>
    <message>
        <source>the file has no saved versions</source>
        <translation>このファイルには保存したバージョンがありません</translation>
    </message>
    <message>
        <source>there is no version %1 (versions: %2)</source>
        <translation>バージョン%1はありません（あるバージョン：%2）</translation>
    </message>
    <message>
        <source>no version is labelled %1 (see &apos;citypitch versions FILE&apos;)</source>
        <translation>ラベルが%1のバージョンはありません（「citypitch versions FILE」で確認できます）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>a version needs a label, such as &apos;After workshop 2&apos;</source>
        <translation>バージョンにはラベルが必要です（例：「第2回ワークショップ後」）</translation>
    </message>
    <message>
        <source>the label is too long (at most %1 characters)</source>
        <translation>ラベルが長すぎます（%1文字まで）</translation>
    </message>
    <message>
        <source>a label cannot be only digits (numbers name versions by their number)</source>
        <translation>ラベルを数字だけにすることはできません（数字はバージョン番号を表します）</translation>
    </message>
    <message>
        <source>version %1 is already labelled %2; choose another label</source>
        <translation>バージョン%1にはすでにラベル%2が付いています。別のラベルを選んでください</translation>
    </message>
    <message>
        <source>its parts are nested too deeply</source>
        <translation>部分の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>its top part is not a proposal</source>
        <translation>最上位の部分が提案書ではありません</translation>
    </message>
    <message>
        <source>version %1 cannot be opened: %2</source>
        <translation>バージョン%1を開けません：%2</translation>
    </message>
    <message>
        <source>version %1 cannot be restored: the file no longer holds its images %2</source>
        <translation>バージョン%1を復元できません。そのバージョンの画像%2がファイルにもうありません</translation>
    </message>
    <message>
        <source>a session note needs notes or attendees</source>
        <translation>打ち合わせメモには、メモか出席者が必要です</translation>
    </message>
    <message>
        <source>the notes are too long (%1 characters; at most %2)</source>
        <translation>メモが長すぎます（%1文字。上限は%2文字）</translation>
    </message>
    <message>
        <source>a sign-off needs the reviewer&apos;s name</source>
        <translation>最終承認には承認者の名前が必要です</translation>
    </message>
    <message>
        <source>the sign-off record cannot be read (%1)</source>
        <translation>最終承認の記録を読み込めない（%1）</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>負の値にはできません</translation>
    </message>
    <message>
        <source>must be more than %1 and at most %2</source>
        <translation>%1より大きく%2以下にしてください</translation>
    </message>
    <message>
        <source>must be a year between %1 and %2</source>
        <translation>%1年から%2年までの年にしてください</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>%1以上%2以下にしてください</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>%1以上にしてください</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>%1より大きくしてください</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>%1以下にしてください</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数で入力してください</translation>
    </message>
    <message>
        <source>must be a year (four digits)</source>
        <translation>西暦4桁の年で入力してください</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>数値で入力してください</translation>
    </message>
    <message>
        <source>can have at most %1 decimal places</source>
        <translation>小数点以下は%1桁までです</translation>
    </message>
    <message>
        <source>is too large: it must be between %1 and %2</source>
        <translation>大きすぎます。%1以上%2以下にしてください</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>次のいずれかにしてください：%1</translation>
    </message>
    <message>
        <source>is not one of the allowed choices</source>
        <translation>選べる値のいずれでもありません</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>長すぎます（%1文字まで）</translation>
    </message>
    <message>
        <source>must be a colour written like #1A6B8C</source>
        <translation>#1A6B8Cのような形式の色にしてください</translation>
    </message>
    <message>
        <source>has the wrong format</source>
        <translation>形式が正しくありません</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>文字列にしてください</translation>
    </message>
    <message>
        <source>contains a broken character (half of a UTF-16 pair): the text was damaged on the way; type that part again</source>
        <translation>壊れた文字（UTF-16のペアの片方）が含まれています。途中で文字が壊れたため、その部分を入力し直してください</translation>
    </message>
    <message>
        <source>contains a NUL character (a zero byte) at position %1, which text cannot hold: the file is damaged or not text there; remove it</source>
        <translation>%1文字目にNUL文字（値が0のバイト）があり、文字列には含められません。ファイルが壊れているか、その部分が文字列ではありません。削除してください</translation>
    </message>
    <message>
        <source>contains a broken character (half of a UTF-16 pair) at position %1: the text was damaged on the way; type that part again</source>
        <translation>%1文字目に壊れた文字（UTF-16のペアの片方）があります。途中で文字が壊れたため、その部分を入力し直してください</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>「はい」か「いいえ」にしてください</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>YYYY-MM-DDの形式の日付にしてください</translation>
    </message>
    <message>
        <source>must be a date and time written like 2026-11-30T10:00:00</source>
        <translation>2026-11-30T10:00:00のような形式の日時にしてください</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>一覧（リスト）にしてください</translation>
    </message>
    <message>
        <source>must be a group of fields (an object)</source>
        <translation>項目のまとまり（オブジェクト）にしてください</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>入力が必要です</translation>
    </message>
    <message>
        <source>is not a field CityPitch knows</source>
        <translation>CityPitchにない項目です</translation>
    </message>
    <message>
        <source>is not valid (%1: %2)</source>
        <translation>正しい値ではありません（%1：%2）</translation>
    </message>
    <message>
        <source>is not valid (%1)</source>
        <translation>正しい値ではありません（%1）</translation>
    </message>
    <message>
        <source>%1 (got %2)</source>
        <translation>%1（入力値：%2）</translation>
    </message>
    <message>
        <source>%1; and 1 more problem</source>
        <translation>%1、ほか1件の問題</translation>
    </message>
    <message>
        <source>%1; and %2 more problems</source>
        <translation>%1、ほか%2件の問題</translation>
    </message>
    <message>
        <source>the proposal&apos;s text</source>
        <translation>提案書のテキスト</translation>
    </message>
    <message>
        <source>the deck would have %1 slides; an export makes at most %2. %3 takes %4 of them: shorten it, or move part of it to a separate annex.</source>
        <translation>提案資料が%1枚のスライドになります。書き出せるのは%2枚までです。そのうち%4枚を%3が占めています。短くするか、一部を別の付属資料に移してください。</translation>
    </message>
    <message>
        <source>%1 has %2 rows; an export takes at most %3. Keep the most important ones, or move the rest to a separate annex.</source>
        <translation>%1は%2行あります。書き出せるのは%3行までです。重要な行だけを残すか、残りを別の付属資料に移してください。</translation>
    </message>
    <message>
        <source>the proposal holds %1 characters of text; an export takes at most %2. The largest part is %3 (%4 characters).</source>
        <translation>提案書のテキストは%1文字あります。書き出せるのは%2文字までです。最も多いのは%3（%4文字）です。</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>ブック</translation>
    </message>
    <message>
        <source>the PowerPoint deck</source>
        <translation>PowerPointの提案資料</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>the memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>the text file</source>
        <translation>テキストファイル</translation>
    </message>
    <message>
        <source>the folder does not exist (%1); choose another place for %2</source>
        <translation>フォルダーがありません（%1）。%2の保存先を選び直してください</translation>
    </message>
    <message>
        <source>this is the project itself: writing %1 here would replace the proposal. Choose another file name</source>
        <translation>これはプロジェクトのファイルそのものです。ここに%1を書き込むと提案書が置き換わってしまいます。別のファイル名を選んでください</translation>
    </message>
    <message>
        <source>this file holds a CityPitch project; writing %1 here would replace it. Choose another file name</source>
        <translation>このファイルにはCityPitchのプロジェクトが入っています。ここに%1を書き込むとそれが置き換わってしまいます。別のファイル名を選んでください</translation>
    </message>
    <message>
        <source>this file holds a CityPitch project; writing %1 here would replace it (the old one would be kept as %2). Choose another file name</source>
        <translation>このファイルにはCityPitchのプロジェクトが入っています。ここに%1を書き込むとそれが置き換わってしまいます（元のファイルは%2として残ります）。別のファイル名を選んでください</translation>
    </message>
    <message>
        <source>a name ending in %1 is for CityPitch projects; %2 written here would replace or pass for a project. Choose another file name</source>
        <translation>%1で終わる名前はCityPitchのプロジェクト用です。ここに%2を書き込むと、プロジェクトを置き換えるか、プロジェクトと取り違えられてしまいます。別のファイル名を選んでください</translation>
    </message>
    <message>
        <source>this names a folder, not a file: choose a file name</source>
        <translation>これはファイルではなくフォルダーの名前です。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>the path cannot be followed (%1)</source>
        <translation>このパスをたどれません（%1）</translation>
    </message>
    <message>
        <source>the path is a loop of links that never reaches a file: nothing was written</source>
        <translation>このパスはリンクが循環していて、ファイルにたどり着きません。何も書き込まれていません</translation>
    </message>
    <message>
        <source>this is %1, not a file: CityPitch only replaces regular files, so nothing was written. Choose a file name</source>
        <translation>これはファイルではなく%1です。CityPitchが置き換えるのは通常のファイルだけなので、何も書き込まれていません。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>this is %1, not a file (the link leads to %2): CityPitch only replaces regular files, so nothing was written. Choose a file name</source>
        <translation>これはファイルではなく%1です（リンク先は%2）。CityPitchが置き換えるのは通常のファイルだけなので、何も書き込まれていません。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>名前付きパイプ</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>ファイル以外のもの</translation>
    </message>
    <message>
        <source>the file could not be saved: %1. Nothing was changed on disk; choose another place to save it</source>
        <translation>ファイルを保存できませんでした：%1。ディスク上は何も変わっていません。別の保存先を選んでください</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>ディスクの割り当て容量を使い切っています</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>フォルダーが読み取り専用です</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセス権がありません</translation>
    </message>
    <message>
        <source>the folder does not exist (was it moved or unplugged?)</source>
        <translation>フォルダーがありません（移動されたか、取り外されましたか？）</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>パスの途中にフォルダーではないものがあります</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>ファイル名が長すぎます</translation>
    </message>
    <message>
        <source>a folder is in the way</source>
        <translation>同じ名前のフォルダーがあります</translation>
    </message>
    <message>
        <source>the path is a loop of links</source>
        <translation>パスのリンクが循環しています</translation>
    </message>
    <message>
        <source>the file and its folder are on different disks</source>
        <translation>ファイルとそのフォルダーが別のディスクにあります</translation>
    </message>
    <message>
        <source>the financial case has no yearly lines within its period, so there is no model to export; enter the yearly capex, opex and revenue first</source>
        <translation>財務分析の期間内に年次キャッシュフローの行がないため、書き出す財務モデルがありません。先に年ごとの設備投資、運営費、収入を入力してください</translation>
    </message>
    <message>
        <source>the image %1 %2</source>
        <translation>画像%1：%2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>is too large (%1 MB; the limit is %2 MB): save a smaller copy</source>
        <translation>大きすぎます（%1 MB。上限は%2 MB）。小さいサイズで保存し直してください</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image (%1); save it as PNG or JPEG</source>
        <translation>PNGでもJPEGでもありません（%1）。PNGかJPEGで保存し直してください</translation>
    </message>
    <message>
        <source>it looks like SVG, which is not accepted</source>
        <translation>SVGのようですが、SVGは使えません</translation>
    </message>
    <message>
        <source>it looks like GIF</source>
        <translation>GIFのようです</translation>
    </message>
    <message>
        <source>it looks like WebP</source>
        <translation>WebPのようです</translation>
    </message>
    <message>
        <source>it looks like a PDF</source>
        <translation>PDFのようです</translation>
    </message>
    <message>
        <source>it looks like TIFF</source>
        <translation>TIFFのようです</translation>
    </message>
    <message>
        <source>it looks like BMP</source>
        <translation>BMPのようです</translation>
    </message>
    <message>
        <source>the file type is not recognised</source>
        <translation>ファイルの種類を判別できません</translation>
    </message>
    <message>
        <source>has no pixels (its header says width or height is 0): the file is damaged</source>
        <translation>画素がありません（ヘッダーの幅または高さが0です）。ファイルが壊れています</translation>
    </message>
    <message>
        <source>is too large (%1 x %2 pixels, %3 megapixels; the limit is %4 megapixels and %5 pixels a side): scale it down first</source>
        <translation>大きすぎます（%1 × %2ピクセル、%3メガピクセル。上限は%4メガピクセル、1辺%5ピクセル）。先に縮小してください</translation>
    </message>
    <message>
        <source>is a truncated PNG (it ends before its last chunk): the file is damaged</source>
        <translation>途中で切れたPNGです（最後のチャンクの前で終わっています）。ファイルが壊れています</translation>
    </message>
    <message>
        <source>is a truncated PNG (a chunk runs past the end of the file): the file is damaged</source>
        <translation>途中で切れたPNGです（チャンクがファイルの終わりを越えています）。ファイルが壊れています</translation>
    </message>
    <message>
        <source>is a damaged PNG (chunk %1 fails its checksum)</source>
        <translation>壊れたPNGです（チャンク%1のチェックサムが一致しません）</translation>
    </message>
    <message>
        <source>is a damaged PNG (it does not start with an image header)</source>
        <translation>壊れたPNGです（画像ヘッダーで始まっていません）</translation>
    </message>
    <message>
        <source>is a damaged PNG (it holds no image data)</source>
        <translation>壊れたPNGです（画像データがありません）</translation>
    </message>
    <message>
        <source>is a damaged JPEG (a marker is missing where one must be)</source>
        <translation>壊れたJPEGです（必要な位置にマーカーがありません）</translation>
    </message>
    <message>
        <source>is a truncated JPEG (a segment runs past the end of the file)</source>
        <translation>途中で切れたJPEGです（セグメントがファイルの終わりを越えています）</translation>
    </message>
    <message>
        <source>is a damaged JPEG (its frame header is too short)</source>
        <translation>壊れたJPEGです（フレームヘッダーが短すぎます）</translation>
    </message>
    <message>
        <source>is a damaged JPEG (image data comes before the frame header)</source>
        <translation>壊れたJPEGです（フレームヘッダーより前に画像データがあります）</translation>
    </message>
    <message>
        <source>is a truncated JPEG (the end-of-image marker is missing)</source>
        <translation>途中で切れたJPEGです（画像の終わりを示すマーカーがありません）</translation>
    </message>
    <message>
        <source>is a truncated JPEG (it ends before its image data)</source>
        <translation>途中で切れたJPEGです（画像データの前で終わっています）</translation>
    </message>
    <message>
        <source>is damaged: its pixels cannot be read (%1); export it again from the original, or use another image</source>
        <translation>壊れています。画素を読み取れません（%1）。元の画像から書き出し直すか、別の画像を使ってください</translation>
    </message>
    <message>
        <source>is damaged: its compressed pixel data is cut short or fails its checksum; export it again from the original, or use another image</source>
        <translation>壊れています。圧縮された画素データが途中で切れているか、チェックサムが一致しません。元の画像から書き出し直すか、別の画像を使ってください</translation>
    </message>
    <message>
        <source>is damaged: its header and its pixels disagree about its size</source>
        <translation>壊れています。ヘッダーと画素とで画像の大きさが食い違っています</translation>
    </message>
    <message>
        <source>is a truncated JPEG (its image data stops before the last rows and was closed early): export it again from the original, or use another image</source>
        <translation>途中で切れたJPEGです（画像データが最後の行の前で途切れ、早く閉じられています）。元の画像から書き出し直すか、別の画像を使ってください</translation>
    </message>
    <message>
        <source>is named in the proposal (branding) but is not in the project; add it again or clear the field</source>
        <translation>提案書（ブランディング）で指定されていますが、プロジェクトに入っていません。追加し直すか、その欄を空にしてください</translation>
    </message>
    <message>
        <source>the export process</source>
        <translation>書き出し用のプロセス</translation>
    </message>
    <message>
        <source>the render process</source>
        <translation>描画用のプロセス</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>the render</source>
        <translation>描画</translation>
    </message>
    <message>
        <source>the export took longer than %1 seconds and was stopped; no file was written. Large images or very long texts are the usual cause</source>
        <translation>書き出しが%1秒を超えたため中止しました。何も書き込まれていません。大きな画像やとても長い文章が主な原因です</translation>
    </message>
    <message>
        <source>the export needed more than %1 MB of memory and was stopped; no file was written. Smaller images usually help</source>
        <translation>書き出しに%1 MBを超えるメモリーが必要になったため中止しました。何も書き込まれていません。画像を小さくすると多くの場合解決します</translation>
    </message>
    <message>
        <source>the export stopped with an internal error (%1); no file was written</source>
        <translation>内部エラーのため書き出しが止まりました（%1）。何も書き込まれていません</translation>
    </message>
    <message>
        <source>%1 reported success but wrote no file; no file was written</source>
        <translation>%1は成功と報告しましたが、ファイルを書き出していません。何も書き込まれていません</translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>%1を起動できませんでした（%2）</translation>
    </message>
    <message>
        <source>%1 was killed by the system, most likely because the computer ran out of memory; no file was written.</source>
        <translation>%1がシステムによって強制終了されました。コンピューターのメモリーが足りなくなった可能性が高いです。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 crashed (%2); no file was written.</source>
        <translation>%1が異常終了しました（%2）。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 ended unexpectedly (exit status %2); no file was written.</source>
        <translation>%1が予期せず終了しました（終了コード%2）。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 Last words: %2</source>
        <translation>%1最後の出力：%2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>this is a folder, not a CityPitch file</source>
        <translation>これはフォルダーで、CityPitchのファイルではありません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>ファイルが大きすぎます（%1 MB。上限は%2 MB）</translation>
    </message>
    <message>
        <source>permission denied: CityPitch may not read this file</source>
        <translation>アクセス権がありません。CityPitchはこのファイルを読み取れません</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>ファイルを読み取れませんでした（%1）</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (not a readable CityPitch archive)</source>
        <translation>ファイルが壊れているか、途中で切れています（読み取れるCityPitchのアーカイブではありません）</translation>
    </message>
    <message>
        <source>the archive has no %1: it is not a CityPitch project</source>
        <translation>アーカイブに%1がありません。CityPitchのプロジェクトではありません</translation>
    </message>
    <message>
        <source>the file is too large for a proposal (%1 MB at most)</source>
        <translation>提案書のファイルとしては大きすぎます（上限%1 MB）</translation>
    </message>
    <message>
        <source>the proposal</source>
        <translation>提案書</translation>
    </message>
    <message>
        <source>the proposal (%1)</source>
        <translation>提案書（%1）</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: the file is damaged or not a CityPitch file</source>
        <translation>%1がUTF-8のテキストではありません。ファイルが壊れているか、CityPitchのファイルではありません</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, not %2</source>
        <translation>%1はJSONのオブジェクトでなければなりません（%2になっています）</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4)</source>
        <translation>%1が正しいJSONではありません（%2行目、%3文字目：%4）</translation>
    </message>
    <message>
        <source>it was written by a newer version of CityPitch (schema %1; this version reads up to %2). Update CityPitch to open it</source>
        <translation>新しいバージョンのCityPitchで作成されています（スキーマ%1。このバージョンが読めるのは%2まで）。開くにはCityPitchを更新してください</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose a date from the calendar (%1)</source>
        <translation>カレンダーから日付を選択（%1）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Arrow keys move by day and week, Page Up and Page Down by month; Enter takes the date, Escape closes</source>
        <translation>矢印キーで日・週単位、Page Up／Page Downで月単位に移動します。Enterで日付を確定、Escで閉じます</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>this proposal is open read-only: %1</source>
        <extracomment>Why the document may not be edited (another editor holds the file, a newer schema), or None.</extracomment>
        <translation>この提案書は読み取り専用で開いています：%1</translation>
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
    <name>Entry</name>
    <message>
        <source>Not yet valid: %1</source>
        <extracomment>Calendar key named in messages and tooltips: opens the date picker of a date field or cell. How a refused value is introduced, at the field and in the table cells.</extracomment>
        <translation>まだ有効ではありません：%1</translation>
    </message>
    <message>
        <source>a year of four digits, like 2030</source>
        <translation>4桁の年（例：2030）</translation>
    </message>
    <message>
        <source>a whole number, like %1 or 350000</source>
        <translation>整数（例：%1または350000）</translation>
    </message>
    <message>
        <source>a number, like %1 or %2</source>
        <translation>数値（例：%1または%2）</translation>
    </message>
    <message>
        <source>a number, like %1 or %2 (or 1,250,000.50)</source>
        <translation>数値（例：%1または%2。1,250,000.50も可）</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, like 2026-03-31, or picked from the calendar (%1)</source>
        <translation>YYYY-MM-DD形式の日付（例：2026-03-31）、またはカレンダーから選択（%1）</translation>
    </message>
    <message>
        <source>one of the choices in the list</source>
        <translation>一覧の選択肢のいずれか</translation>
    </message>
    <message>
        <source>a year (four digits)</source>
        <translation>年（4桁）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>must be %1: %2</source>
        <translation>%1で入力してください：%2</translation>
    </message>
    <message>
        <source>must be %1, written like %2 (got &apos;%3&apos;)</source>
        <translation>%1で、%2のように入力してください（入力値：「%3」）</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, like %1, or picked from the calendar (%2) (got &apos;%3&apos;)</source>
        <translation>YYYY-MM-DD形式の日付（例：%1）で入力するか、カレンダーから選んでください（%2）（入力値：「%3」）</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Pitch deck (16:9 slides to present)</source>
        <extracomment>An export option&apos;s name in the Export step (the command line and the exports keep wizard.export&apos;s English).</extracomment>
        <translation>提案資料（発表用の16:9スライド）</translation>
    </message>
    <message>
        <source>Leave-behind document (A4, the full proposal to read)</source>
        <translation>配布資料（A4、提案の全容を読んでもらう文書）</translation>
    </message>
    <message>
        <source>Readiness report (A4, for the city team: not for investors)</source>
        <translation>投資準備度レポート（A4、市のチーム向け。投資家には渡しません）</translation>
    </message>
    <message>
        <source>Editable slides (PowerPoint 16:9: the pitch deck&apos;s slides, to polish with the client)</source>
        <translation>編集できるスライド（PowerPoint 16:9。提案資料のスライドをクライアントと仕上げるためのもの）</translation>
    </message>
    <message>
        <source>Financial model (Excel workbook with live formulas)</source>
        <translation>財務モデル（計算式が生きているExcelブック）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>English with Japanese</source>
        <translation>英語（日本語併記）</translation>
    </message>
    <message>
        <source>Standard PDF</source>
        <translation>標準のPDF</translation>
    </message>
    <message>
        <source>Accessible: PDF/UA-1 (tagged for screen readers)</source>
        <translation>アクセシブル：PDF/UA-1（スクリーンリーダー向けのタグ付き）</translation>
    </message>
    <message>
        <source>Archival: PDF/A-3b (for records kept for years)</source>
        <translation>長期保存用：PDF/A-3b（何年も保管する記録向け）</translation>
    </message>
    <message>
        <source>Pitch deck</source>
        <translation>提案資料</translation>
    </message>
    <message>
        <source>16:9 slides to present.</source>
        <translation>発表用の16:9スライド。</translation>
    </message>
    <message>
        <source>Leave-behind document</source>
        <translation>配布資料</translation>
    </message>
    <message>
        <source>A4, the full proposal to read.</source>
        <translation>A4、提案の全容を読んでもらう文書。</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>投資準備度レポート</translation>
    </message>
    <message>
        <source>A4, for the city team: not for investors.</source>
        <translation>A4、市のチーム向け。投資家には渡しません。</translation>
    </message>
    <message>
        <source>Editable slides (PowerPoint)</source>
        <translation>編集できるスライド（PowerPoint）</translation>
    </message>
    <message>
        <source>16:9, the pitch deck&apos;s slides, to polish with the client.</source>
        <translation>16:9。提案資料のスライドをクライアントと仕上げるためのものです。</translation>
    </message>
    <message>
        <source>Financial model (Excel)</source>
        <translation>財務モデル（Excel）</translation>
    </message>
    <message>
        <source>An Excel workbook with live formulas.</source>
        <translation>計算式が生きているExcelブック。</translation>
    </message>
    <message>
        <source>Accessible: PDF/UA-1</source>
        <translation>アクセシブル：PDF/UA-1</translation>
    </message>
    <message>
        <source>Tagged for screen readers.</source>
        <translation>スクリーンリーダー向けのタグ付き。</translation>
    </message>
    <message>
        <source>Archival: PDF/A-3b</source>
        <translation>長期保存用：PDF/A-3b</translation>
    </message>
    <message>
        <source>For records kept for years.</source>
        <translation>何年も保管する記録向け。</translation>
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
    <message>
        <source>Excel workbook</source>
        <extracomment>The file name ending and the file dialog&apos;s filter of each kind of output.</extracomment>
        <translation>Excelブック</translation>
    </message>
    <message>
        <source>A workbook has no slide preview. The Excel file holds the financial model: inputs, yearly lines, debt schedules, DSCR, equity flows, NPV and IRR and the scenarios, as live formulas an investor can change.</source>
        <extracomment>What the preview area says while a format without slides is chosen.</extracomment>
        <translation>ブックにはスライドのプレビューはありません。Excelファイルには財務モデル（入力値、年次データ、返済スケジュール、元利金返済カバー率（DSCR）、出資のキャッシュフロー、正味現在価値（NPV）、内部収益率（IRR）、シナリオ）が、投資家が変更できる数式のまま収められています。</translation>
    </message>
    <message>
        <source>E&amp;xport the workbook</source>
        <extracomment>The writer of each format that is not a PDF (called on a worker thread with a frozen proposal). What the child process runs for an export (tests may substitute a target; see wizard.export.isolation). A workbook being written in the background (the data formats do not run in a child process). The destination was suggested by us (beside the project file) rather than chosen by the user.</extracomment>
        <translation>ブックを書き出す(&amp;X)</translation>
    </message>
    <message>
        <source>E&amp;xport PowerPoint</source>
        <translation>PowerPointを書き出す(&amp;X)</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>ブック</translation>
    </message>
    <message>
        <source>Open sprea&amp;dsheet</source>
        <translation>スプレッドシートを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open the &amp;deck</source>
        <translation>提案資料（スライド）を開く(&amp;D)</translation>
    </message>
    <message>
        <source>the slide preview is not available</source>
        <translation>スライドのプレビューは表示できません</translation>
    </message>
    <message>
        <source>the wizard cannot write the format &apos;%1&apos; yet; use citypitch export</source>
        <translation>ウィザードはまだ形式「%1」を書き出せません。citypitch exportを使ってください</translation>
    </message>
    <message>
        <source>The workbook carries no DRAFT mark: it holds the financial model only.</source>
        <translation>ブックにはDRAFT表示は付きません。財務モデルのみを収めたファイルです。</translation>
    </message>
    <message>
        <source>A PDF export would be marked DRAFT because %1 (see the Review step).</source>
        <translation>PDFとして書き出すと、%1ためDRAFT表示が付きます（「確認」ステップを参照）。</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet: %1.</source>
        <translation>PDFはまだ作成できません：%1。</translation>
    </message>
    <message>
        <source>Export the workbook to</source>
        <translation>ブックの書き出し先</translation>
    </message>
    <message>
        <source>Export the PowerPoint deck to</source>
        <translation>PowerPointの提案資料の書き出し先</translation>
    </message>
    <message>
        <source>Export the PDF to</source>
        <translation>PDFの書き出し先</translation>
    </message>
    <message>
        <source>Added logo %1.</source>
        <translation>ロゴ%1を追加しました。</translation>
    </message>
    <message>
        <source>Added photo %1.</source>
        <translation>写真%1を追加しました。</translation>
    </message>
    <message>
        <source>choose where to save the workbook first (Save to)</source>
        <translation>先にブックの保存先を選んでください（保存先）</translation>
    </message>
    <message>
        <source>choose where to save the PDF first (Save to)</source>
        <translation>先にPDFの保存先を選んでください（保存先）</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>%1に書き出しています...</translation>
    </message>
    <message>
        <source>Writing the workbook to %1...</source>
        <translation>ブックを%1に書き込んでいます...</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>ブックを書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>書き出しを取り消しています...</translation>
    </message>
    <message>
        <source>There is no exported file to open yet.</source>
        <translation>開ける書き出し済みファイルはまだありません。</translation>
    </message>
    <message>
        <source>No program to open workbooks was found on this computer; the file is %1</source>
        <translation>このコンピューターにはブックを開くプログラムが見つかりません。ファイルの場所：%1</translation>
    </message>
    <message>
        <source>No program to open PDFs was found on this computer; the file is %1</source>
        <translation>このコンピューターにはPDFを開くプログラムが見つかりません。ファイルの場所：%1</translation>
    </message>
    <message>
        <source>The export did not start: %1</source>
        <translation>書き出しを開始できませんでした：%1</translation>
    </message>
    <message>
        <source>Exporting: %1...</source>
        <translation>書き出し中：%1...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1を書き出しました</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>書き出しに失敗しました：%1</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written, and any earlier PDF there is unchanged.</source>
        <translation>書き出しを取り消しました。何も書き込まれておらず、既存のPDFもそのままです。</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>An export is already running.</source>
        <translation>書き出しは既に実行中です。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1を書き出しました</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>この提案書は読み取り専用で開いています：%1</translation>
    </message>
    <message>
        <source>Cannot read the image</source>
        <translation>画像を読み込めません</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1：画像が空です</translation>
    </message>
    <message>
        <source>%1: the image is larger than %2 MB</source>
        <translation>%1：画像が%2 MBを超えています</translation>
    </message>
    <message>
        <source>Cannot use the image</source>
        <translation>この画像は使用できません</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Headline targets</source>
        <translation>主要目標</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>目標年</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠データ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>調査結果</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Year of the data</source>
        <translation>データの年</translation>
    </message>
    <message>
        <source>Reference (link or document)</source>
        <translation>参照（リンクまたは文書）</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>重要業績評価指標（KPI）</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>現状値</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>現状値の年</translation>
    </message>
    <message>
        <source>Baseline source</source>
        <translation>現状値の出典</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>年次キャッシュフロー</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>設備投資</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>運営費</translation>
    </message>
    <message>
        <source>User fees</source>
        <translation>利用料金</translation>
    </message>
    <message>
        <source>Availability payments</source>
        <translation>アベイラビリティ・ペイメント</translation>
    </message>
    <message>
        <source>Land value capture</source>
        <translation>開発利益の還元</translation>
    </message>
    <message>
        <source>Energy savings</source>
        <translation>省エネ効果</translation>
    </message>
    <message>
        <source>Data services</source>
        <translation>データサービス</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>広告</translation>
    </message>
    <message>
        <source>Other revenue</source>
        <translation>その他収入</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>資金源</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>資金提供者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Japanese investor</source>
        <translation>日本の投資家</translation>
    </message>
    <message>
        <source>Loan currency</source>
        <translation>融資通貨</translation>
    </message>
    <message>
        <source>Interest rate (% a year)</source>
        <translation>金利（年率％）</translation>
    </message>
    <message>
        <source>Tenor (years)</source>
        <translation>借入期間（年）</translation>
    </message>
    <message>
        <source>Grace period (years)</source>
        <translation>据置期間（年）</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>返済方法</translation>
    </message>
    <message>
        <source>Upfront fee (%)</source>
        <translation>組成手数料（％）</translation>
    </message>
    <message>
        <source>Shareholding (%)</source>
        <translation>出資比率（％）</translation>
    </message>
    <message>
        <source>Investor type</source>
        <translation>投資家の種類</translation>
    </message>
    <message>
        <source>The ask to Japanese investors</source>
        <translation>日本の投資家への調達希望額</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>要請先</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>What it assumes</source>
        <translation>前提</translation>
    </message>
    <message>
        <source>Capex change (%)</source>
        <translation>設備投資の変化（％）</translation>
    </message>
    <message>
        <source>Opex change (%)</source>
        <translation>運営費の変化（％）</translation>
    </message>
    <message>
        <source>Revenue change (%)</source>
        <translation>収入の変化（％）</translation>
    </message>
    <message>
        <source>Delay (years)</source>
        <translation>遅延（年）</translation>
    </message>
    <message>
        <source>Interest rate change (points)</source>
        <translation>金利の変化（ポイント）</translation>
    </message>
    <message>
        <source>Local currency depreciation (% a year)</source>
        <translation>現地通貨の下落率（年率％）</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>発生可能性（1～5）</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>影響度（1～5）</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>軽減策</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>負担者</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Light or heavy</source>
        <translation>ソフト／ハード</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>開始年</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>終了年</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Depends on (phase names, comma-separated)</source>
        <translation>前提となる段階（段階名をカンマ区切りで）</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>貢献内容</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>What is delivered</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>手続きの種類</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>説明文</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Acknowledged warnings</source>
        <translation>回答済みの警告</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Slide titles written by the team</source>
        <translation>チームが書いたスライドのタイトル</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>スライド</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Untitled proposal</source>
        <extracomment>What the title shows instead of the file name (a sample, a plain JSON file), or None.</extracomment>
        <translation>無題の提案書</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（読み取り専用）</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>読み取り専用で開きました</translation>
    </message>
    <message>
        <source>a new proposal</source>
        <translation>新しい提案書</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1を開きました</translation>
    </message>
    <message>
        <source>%1. It is shown read-only so that nothing this version does not know is lost; open it with the newer CityPitch to edit it.</source>
        <translation>%1。このバージョンが扱えない内容を失わないよう、読み取り専用で表示しています。編集するには新しいCityPitchで開いてください。</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>このファイルを開けません</translation>
    </message>
    <message>
        <source>%1 You can read it here, or use Save As to work on a copy.</source>
        <translation>%1ここで閲覧するか、「名前を付けて保存」で複製を作って作業してください。</translation>
    </message>
    <message>
        <source>an untitled proposal</source>
        <translation>無題の提案書</translation>
    </message>
    <message>
        <source>Recovered %1; save it to keep it</source>
        <translation>%1を復元しました。残すには保存してください</translation>
    </message>
    <message>
        <source>Cannot open this sample</source>
        <translation>このサンプルを開けません</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1（サンプル）</translation>
    </message>
    <message>
        <source>This proposal cannot be saved here</source>
        <translation>この提案書はここに保存できません</translation>
    </message>
    <message>
        <source>It was written by a newer CityPitch; saving it with this version would lose what this version does not know. Open it with the newer CityPitch to change it.</source>
        <translation>新しいCityPitchで作成されたファイルです。このバージョンで保存すると、このバージョンが扱えない内容が失われます。変更するには新しいCityPitchで開いてください。</translation>
    </message>
    <message>
        <source>The proposal was not saved</source>
        <translation>提案書は保存されませんでした</translation>
    </message>
    <message>
        <source>%1

Choose another name with Save As.</source>
        <translation>%1

「名前を付けて保存」で別の名前を選んでください。</translation>
    </message>
    <message>
        <source>%1

Your edits are still open: try Save As in another folder.</source>
        <translation>%1

編集内容はそのまま残っています。「名前を付けて保存」で別のフォルダーに保存してみてください。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1を保存しました</translation>
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
        <source>Operation, concession, terminal value</source>
        <translation>運営開始、コンセッション、ターミナルバリュー</translation>
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
        <translation>年次の行を.xlsxまたは.csvファイルから取り込みます。変更の前に、列とすべてのセルを確認できます。</translation>
    </message>
    <message>
        <source>Import yearly lines from a spreadsheet...</source>
        <translation>表計算ファイルから年次の行を取り込む...</translation>
    </message>
    <message>
        <source>Import from a spreadsheet...</source>
        <translation>表計算ファイルから取り込む...</translation>
    </message>
    <message>
        <source>Bring the funding sources in from an .xlsx or .csv file: you check the columns and every cell before anything changes</source>
        <translation>資金源を.xlsxまたは.csvファイルから取り込みます。変更の前に、列とすべてのセルを確認できます。</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet...</source>
        <translation>表計算ファイルから資金源を取り込む...</translation>
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
    <name>FinancePanel</name>
    <message>
        <source>Figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>What breaks the case</source>
        <translation>事業が成り立たなくなる条件</translation>
    </message>
    <message>
        <source>Break-even values: where the NPV reaches zero</source>
        <translation>損益分岐値：NPVがゼロになる点</translation>
    </message>
    <message>
        <source>Cash flows by year</source>
        <translation>年次キャッシュフロー</translation>
    </message>
    <message>
        <source>Debt cover by year</source>
        <translation>年次の元利金返済カバー率</translation>
    </message>
    <message>
        <source>What moves the NPV most</source>
        <translation>NPVを最も大きく動かす要因</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>表示中のシナリオ</translation>
    </message>
    <message>
        <source>Scenario shown:</source>
        <translation>表示中のシナリオ：</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>シナリオの比較</translation>
    </message>
    <message>
        <source>Add named scenarios (a low and a high case, and your own) in the Scenarios table below to see them here beside the base case.</source>
        <translation>下のシナリオの表に名前付きのシナリオ（低位・高位のケースや独自のケース）を追加すると、ここに基本ケースと並べて表示されます。</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>資金源と資金使途</translation>
    </message>
    <message>
        <source>Sources and uses of funds</source>
        <translation>資金源と資金使途</translation>
    </message>
    <message>
        <source>...and %1 more (see the Review page).</source>
        <translation>...ほか%1件（「確認」ステップを参照）。</translation>
    </message>
    <message>
        <source>Bars by year. Totals: capex %1, opex %2, revenue %3.</source>
        <translation>年ごとの棒グラフ。合計：設備投資%1、運営費%2、収入%3。</translation>
    </message>
    <message>
        <source>Where the case fails</source>
        <translation>成り立たない点</translation>
    </message>
    <message>
        <source>Where the case holds</source>
        <translation>成り立つ点</translation>
    </message>
    <message>
        <source>Break-even (NPV = 0)</source>
        <translation>損益分岐（NPV = 0）</translation>
    </message>
    <message>
        <source>Without terminal value</source>
        <translation>ターミナルバリューなし</translation>
    </message>
    <message>
        <source>With terminal value</source>
        <translation>ターミナルバリューあり</translation>
    </message>
    <message>
        <source>%1 (NPV negative)</source>
        <translation>%1（NPVがマイナス）</translation>
    </message>
    <message>
        <source>Figures of the %1</source>
        <translation>%1の数値</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使途</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>使途合計</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>資金源</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>資金源合計</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>収入</translation>
    </message>
    <message>
        <source>Capex, opex and revenue by year</source>
        <extracomment>Bars that meet the lenders&apos; minimum, and those below it (a darker red, and hatched: not by colour alone). Tornado bars: the driver 20% lower, and 20% higher. Height in lines of text.</extracomment>
        <translation>年ごとの設備投資、運営費、収入</translation>
    </message>
    <message>
        <source>Add yearly cash flows to see the chart</source>
        <translation>年次キャッシュフローを入力するとグラフが表示されます</translation>
    </message>
    <message>
        <source>Debt service cover ratio (DSCR) by year</source>
        <translation>年ごとの元利金返済カバー率（DSCR）</translation>
    </message>
    <message>
        <source>No debt service from the start of operation, so no cover ratio to show.</source>
        <translation>運営開始以降の元利金返済がないため、表示するカバー率はありません。</translation>
    </message>
    <message>
        <source>Enter the loans&apos; terms (interest rate and tenor) to see the debt cover by year</source>
        <translation>融資の条件（金利と借入期間）を入力すると、年ごとの返済余力が表示されます</translation>
    </message>
    <message>
        <source>below the lenders&apos; minimum (%1)</source>
        <translation>貸し手の最低水準（%1）未満</translation>
    </message>
    <message>
        <source>Sensitivity tornado: NPV with each driver 20% lower or higher</source>
        <translation>感度分析（トルネード図）：各要因を20%上下させたときのNPV</translation>
    </message>
    <message>
        <source>Enter yearly cash flows and the discount rate to see what moves the NPV most.</source>
        <translation>年次キャッシュフローと割引率を入力すると、NPVを最も大きく動かす要因が表示されます。</translation>
    </message>
    <message>
        <source>Enter yearly cash flows and the discount rate to see what moves the NPV most</source>
        <translation>年次キャッシュフローと割引率を入力すると、NPVを最も大きく動かす要因が表示されます</translation>
    </message>
    <message>
        <source>driver 20% lower</source>
        <translation>要因を20%下げた場合</translation>
    </message>
    <message>
        <source>driver 20% higher</source>
        <translation>要因を20%上げた場合</translation>
    </message>
    <message>
        <source>no effect on the NPV</source>
        <translation>NPVへの影響なし</translation>
    </message>
    <message>
        <source>%1 as entered: %2</source>
        <translation>入力どおりの%1：%2</translation>
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
    <name>Import</name>
    <message>
        <source>%1 yearly line</source>
        <extracomment>What each kind of import brings in: the table it fills, and how a count of its rows is said (one, many).</extracomment>
        <translation>年次の行%1行</translation>
    </message>
    <message>
        <source>%1 yearly lines</source>
        <translation>年次の行%1行</translation>
    </message>
    <message>
        <source>%1 funding source</source>
        <translation>資金源%1件</translation>
    </message>
    <message>
        <source>%1 funding sources</source>
        <translation>資金源%1件</translation>
    </message>
    <message>
        <source>Import yearly lines from a spreadsheet</source>
        <extracomment>The file dialog&apos;s title for each kind.</extracomment>
        <translation>表計算ファイルから年次の行を取り込む</translation>
    </message>
    <message>
        <source>Import funding sources from a spreadsheet</source>
        <translation>表計算ファイルから資金源を取り込む</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <extracomment>The file dialog&apos;s filter: each kind&apos;s name (translated when shown) and its patterns (never translated: Qt reads them between ASCII brackets).</extracomment>
        <translation>表計算ファイル</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Excelブック</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSVファイル</translation>
    </message>
    <message>
        <source>(not brought in)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Import yearly lines from %1</source>
        <extracomment>At most this many rows are shown in the preview table (all of them come in; the count says so). The proposal&apos;s number locale (QWidget.locale() is Qt&apos;s own).</extracomment>
        <translation>%1から年次の行を取り込む</translation>
    </message>
    <message>
        <source>Import funding sources from %1</source>
        <translation>%1から資金源を取り込む</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <extracomment>Field name -&gt; its title, in the model&apos;s order.</extracomment>
        <translation>ファイルの列と、その列を入れる項目</translation>
    </message>
    <message>
        <source>(column %1 has no heading)</source>
        <translation>（%1列目に見出しがありません）</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>列%1を入れる項目</translation>
    </message>
    <message>
        <source>Rows as they will come in</source>
        <translation>取り込まれる行</translation>
    </message>
    <message>
        <source>Where the rows go</source>
        <translation>行の入れ先</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 now in the proposal</source>
        <translation>提案書にある今の%1を置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd them after the rows now in the proposal</source>
        <translation>提案書にある今の行の後に追加する(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns (%3): leave out all but one</source>
        <translation>%1が%2つの列に選ばれています（%3）。1つを残して、ほかは「取り込まない」にしてください</translation>
    </message>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1、シート「%2」</translation>
    </message>
    <message>
        <source>one row per year</source>
        <translation>1年に1行</translation>
    </message>
    <message>
        <source>one row per source</source>
        <translation>資金源ごとに1行</translation>
    </message>
    <message>
        <source>years across, one row per line</source>
        <translation>年を横に並べ、項目ごとに1行</translation>
    </message>
    <message>
        <source>%1: %2. Choose the field each column fills; nothing changes in the proposal until you press Import.</source>
        <translation>%1：%2。各列を入れる項目を選んでください。「取り込む」を押すまで提案書は変わりません。</translation>
    </message>
    <message>
        <source>Left out (no field chosen): %1.</source>
        <translation>取り込まない列（項目が未選択）：%1。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>%1 of the file can be read (the first %2 shown); nothing comes in until the cells named below are corrected:</source>
        <translation>ファイルの%1を読み取れます（最初の%2行を表示）。下に挙げたセルを直すまで、何も取り込まれません：</translation>
    </message>
    <message>
        <source>%1 of the file can be read; nothing comes in until the cells named below are corrected:</source>
        <translation>ファイルの%1を読み取れます。下に挙げたセルを直すまで、何も取り込まれません：</translation>
    </message>
    <message>
        <source>%1 will come in (the first %2 shown):</source>
        <translation>%1を取り込みます（最初の%2行を表示）：</translation>
    </message>
    <message>
        <source>%1 will come in:</source>
        <translation>%1を取り込みます：</translation>
    </message>
    <message>
        <source>• %1.</source>
        <translation>• %1。</translation>
    </message>
    <message>
        <source>%1 cell must be corrected in the file (or another field chosen for its column) before anything can come in:</source>
        <translation>取り込む前に、ファイルの%1個のセルを直す（またはその列に別の項目を選ぶ）必要があります：</translation>
    </message>
    <message>
        <source>%1 cells must be corrected in the file (or another field chosen for their column) before anything can come in:</source>
        <translation>取り込む前に、ファイルの%1個のセルを直す（またはそれらの列に別の項目を選ぶ）必要があります：</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>%1を取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>No row of the file holds anything for the chosen fields.</source>
        <translation>ファイルのどの行にも、選んだ項目に入れる値がありません。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>この提案書は読み取り専用で開かれています：%1</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1を読み込んでいます...</translation>
    </message>
    <message>
        <source>%1 was not brought in.</source>
        <translation>%1は取り込まれませんでした。</translation>
    </message>
    <message>
        <source>The spreadsheet was not brought in</source>
        <translation>表計算ファイルは取り込まれませんでした</translation>
    </message>
    <message>
        <source>%1 Nothing in the proposal was changed.</source>
        <translation>%1提案書は何も変更されていません。</translation>
    </message>
    <message>
        <source>Nothing was brought in.</source>
        <translation>何も取り込まれませんでした。</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>%2から%1を取り込み</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>%2から%1を追加</translation>
    </message>
    <message>
        <source>Brought in %1 from %2, replacing %3. Edit &gt; Undo takes the import back.</source>
        <translation>%2から%1を取り込み、これまでの%3を置き換えました。「編集」&gt;「元に戻す」で取り込みを取り消せます。</translation>
    </message>
    <message>
        <source>Brought in %1 from %2. Edit &gt; Undo takes the import back.</source>
        <translation>%2から%1を取り込みました。「編集」&gt;「元に戻す」で取り込みを取り消せます。</translation>
    </message>
</context>
<context>
    <name>JapanPage</name>
    <message>
        <source>Japanese value-add</source>
        <translation>日本の付加価値</translation>
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
    <name>JustificationDialog</name>
    <message>
        <source>Write why this warning is acceptable for this proposal; an empty answer cannot be recorded.</source>
        <translation>この警告がこの提案書で許容できる理由を書いてください。空欄のままでは記録できません。</translation>
    </message>
    <message>
        <source>Acknowledge a warning</source>
        <translation>警告への回答</translation>
    </message>
    <message>
        <source>&amp;Why is this acceptable for this proposal?</source>
        <translation>この提案書で許容できる理由(&amp;W)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
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
    <name>ListEditor</name>
    <message>
        <source>Tab and Shift+Tab move across cells and on to the next row (Tab in the last cell adds a row); Enter moves down; typing replaces a cell, F2 edits it; Delete clears it. Insert adds a row, Ctrl+Delete removes one, Ctrl+Up and Ctrl+Down move it; Ctrl+V pastes rows copied from a spreadsheet. Ctrl+Tab leaves the table.</source>
        <extracomment>The colour of a note about the table: that of the notes beside fields (wizard.gui.steps.binder). What the table&apos;s keys do, for its tooltip and screen readers.</extracomment>
        <translation>Tab／Shift+Tabでセル間を移動し、次の行へ進みます（最後のセルでTabを押すと行が追加されます）。Enterで下へ移動します。入力するとセルの内容を置き換え、F2で編集、Deleteで消去します。Insertで行を追加、Ctrl+Deleteで削除、Ctrl+↑／Ctrl+↓で移動します。Ctrl+Vでスプレッドシートからコピーした行を貼り付けます。Ctrl+Tabで表から出ます。</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Add a row after the current one and start typing in its first cell (Insert)</source>
        <translation>現在の行の後に行を追加し、最初のセルに入力を始めます（Insert）</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>現在の行を削除します（Ctrl+Delete）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>現在の行を上へ移動します（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>現在の行を下へ移動します（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>行を貼り付け</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet, from the first column: added after the last row or replacing rows from the selected one, after a preview (Ctrl+V)</source>
        <translation>スプレッドシートからコピーした行を最初の列から貼り付けます。プレビューで確認してから、最後の行の後に追加するか、選択した行から置き換えます（Ctrl+V）</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>%1に行を追加</translation>
    </message>
    <message>
        <source>Remove the current row of %1</source>
        <translation>%1の現在の行を削除</translation>
    </message>
    <message>
        <source>Move the current row up in %1</source>
        <translation>%1の現在の行を上へ移動</translation>
    </message>
    <message>
        <source>Move the current row down in %1</source>
        <translation>%1の現在の行を下へ移動</translation>
    </message>
    <message>
        <source>Paste rows into %1</source>
        <translation>%1に行を貼り付け</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>この提案書は読み取り専用で開いています：%1</translation>
    </message>
    <message>
        <source>Row %1 removed (Ctrl+Z brings it back).</source>
        <translation>%1行目を削除しました（Ctrl+Zで元に戻せます）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1を消去</translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation>%1に貼り付け</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>クリップボードに貼り付けられる行がありません。</translation>
    </message>
    <message>
        <source>The pasted rows are already in the table as they are: nothing changed.</source>
        <translation>貼り付けた行は既に同じ内容で表にあります。変更はありません。</translation>
    </message>
    <message>
        <source>Paste 1 row into %2</source>
        <translation>%2に1行を貼り付け</translation>
    </message>
    <message>
        <source>Paste %1 rows into %2</source>
        <translation>%2に%1行を貼り付け</translation>
    </message>
    <message>
        <source>Pasted 1 row into row %1 (Ctrl+Z takes the paste back).</source>
        <translation>%1行目に1行を貼り付けました（Ctrl+Zで取り消せます）。</translation>
    </message>
    <message>
        <source>Pasted %1 rows into rows %2 to %3 (Ctrl+Z takes the paste back).</source>
        <translation>%2～%3行目に%1行を貼り付けました（Ctrl+Zで取り消せます）。</translation>
    </message>
    <message>
        <source>1 filled cell past the last column (%2) left out.</source>
        <translation>最後の列（%2）より右の入力済みセル1個は取り込みませんでした。</translation>
    </message>
    <message>
        <source>%1 filled cells past the last column (%2) left out.</source>
        <translation>最後の列（%2）より右の入力済みセル%1個は取り込みませんでした。</translation>
    </message>
    <message>
        <source>1 cell left out:</source>
        <translation>取り込まなかったセル1個：</translation>
    </message>
    <message>
        <source>%1 cells left out:</source>
        <translation>取り込まなかったセル%1個：</translation>
    </message>
    <message>
        <source>1 cell not yet valid (shown in red; the proposal keeps its last valid value until corrected):</source>
        <translation>まだ有効でないセルが1個あります（赤で表示。修正されるまで提案書には最後の有効な値が残ります）：</translation>
    </message>
    <message>
        <source>%1 cells not yet valid (shown in red; the proposal keeps their last valid value until corrected):</source>
        <translation>まだ有効でないセルが%1個あります（赤で表示。修正されるまで提案書には最後の有効な値が残ります）：</translation>
    </message>
    <message>
        <source>set by the Add photo button</source>
        <extracomment>Columns filled by a picker rather than typed: the image a photo row shows comes from &quot;Add photo&quot;.</extracomment>
        <translation>「写真を追加」ボタンで設定します</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>%1行目、%2：%3</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>入力はできません</translation>
    </message>
    <message>
        <source>%1 in row %2 of %3</source>
        <extracomment>The set of refused cells changed (one added, fixed, or moved with its row). Text the model refused, by (row, column): shown instead of the model value, in red. The row objects as last shown, so that refused cells follow their rows. Marks beside row numbers (row -&gt; what they say), e.g. open comments on the row.</extracomment>
        <translation>%3の%2行目の%1</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>another window of this CityPitch</source>
        <translation>このCityPitchの別のウィンドウ</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>あるプログラム</translation>
    </message>
    <message>
        <source>%1 (process %2) on this computer</source>
        <translation>このコンピューター上の%1（プロセス%2）</translation>
    </message>
    <message>
        <source>%1 (process %2) on the computer &apos;%3&apos;</source>
        <translation>コンピューター「%3」上の%1（プロセス%2）</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>A lock file that names no one is trusted as &quot;being written right now&quot; for this long (seconds).</extracomment>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>%1 is open in %2. It is shown here read-only so that no one&apos;s changes are overwritten: use Save As to keep your own copy.</source>
        <translation>%1は%2で開かれています。誰かの変更を上書きしないよう、ここでは読み取り専用で表示しています。自分用のコピーを残すには「名前を付けて保存」を使ってください。</translation>
    </message>
    <message>
        <source>If that computer crashed and the file is not open anywhere, delete the lock file %1 and open the proposal again.</source>
        <translation>そのコンピューターが異常終了し、ファイルがどこでも開かれていない場合は、ロックファイル%1を削除してから提案書をもう一度開いてください。</translation>
    </message>
    <message>
        <source>no permission to write in that folder</source>
        <translation>そのフォルダーへの書き込み権限がありません</translation>
    </message>
    <message>
        <source>the lock file could not be made</source>
        <translation>ロックファイルを作成できませんでした</translation>
    </message>
    <message>
        <source>CityPitch could not mark %1 as open (%2); another window could open it at the same time.</source>
        <translation>CityPitchは%1を使用中として記録できませんでした（%2）。別のウィンドウが同時に開く可能性があります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The readiness checks could not run: %1</source>
        <extracomment>View &gt; Language&apos;s entries: each language in its own name, with a key (a Latin letter in brackets where the name has none, as Japanese menus write it).</extracomment>
        <translation>投資準備度のチェックを実行できませんでした：%1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>PDFを書き出す(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import yearly lines...</source>
        <translation>年次データを取り込む(&amp;I)...</translation>
    </message>
    <message>
        <source>Import &amp;funding sources...</source>
        <translation>資金源を取り込む(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open sam&amp;ple</source>
        <translation>サンプルを開く(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Guidance panel</source>
        <translation>ガイドパネル(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;revious step</source>
        <translation>前のステップ(&amp;R)</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>次のステップ(&amp;X)</translation>
    </message>
    <message>
        <source>Next pa&amp;ne</source>
        <translation>次の領域(&amp;N)</translation>
    </message>
    <message>
        <source>Previous pan&amp;e</source>
        <translation>前の領域(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>システムの設定に従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CityPitch</source>
        <translation>CityPitchについて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す：%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す：%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Not started</source>
        <extracomment>Badge colours by step state. The Review step&apos;s badge shows the readiness band with the mark of the matching step state. What each mark means, for the legend under the steps (and for screen readers). (English marked for translation in the context &quot;Navigation&quot;; shown through :func:`translate`.)
----------
The step states&apos; names (the core&apos;s STATE_LABELS), for the interface.</extracomment>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress: warnings open or fields to fill in</source>
        <translation>作業中：未対応の警告、または未入力の項目があります</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>あと一歩</translation>
    </message>
    <message>
        <source>Complete: nothing open but tips or answered warnings</source>
        <translation>完了：残っているのは改善のヒントか回答済みの警告のみです</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Has problems: a deal-breaker, a value not accepted, or a contradiction between fields</source>
        <translation>問題あり：重大な不備、受け付けられない値、または項目間の矛盾があります</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>準備不足</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>%1 (on Review: %2)</source>
        <translation>%1（「確認」ステップでは「%2」）</translation>
    </message>
    <message>
        <source>What the step marks mean</source>
        <extracomment>The widgets a page&apos;s &quot;first field&quot; may be: inputs, never a button or a label.</extracomment>
        <translation>ステップの印の意味</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>印の意味</translation>
    </message>
    <message>
        <source>Guidance</source>
        <extracomment>Steps not shown since the proposal on screen was opened: they start from the top, first field focused. A step whose page is not built yet (the window is hidden) and should take the focus when it is.</extracomment>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1のページ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ%1／%2：%3</translation>
    </message>
    <message>
        <source>%1: %2; open: %3</source>
        <translation>%1：%2。未対応：%3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 filled): %5</source>
        <translation>%1：%2（%4項目中%3項目入力済み）：%5</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>The row a replacing paste starts at (the current row), or None when only appending is offered. Non-empty cells beyond the last column (left out). (pasted row, column) -&gt; reason, for the cells that do not fit.</extracomment>
        <translation>%1行目、%2：%3</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>rows %1 to %2</source>
        <translation>%1～%2行目</translation>
    </message>
    <message>
        <source>%1, added after the last row</source>
        <translation>%1（最後の行の後に追加）</translation>
    </message>
    <message>
        <source>%1, replacing 1 row</source>
        <translation>%1（1行を置き換え）</translation>
    </message>
    <message>
        <source>%1, replacing %2 rows</source>
        <translation>%1（%2行を置き換え）</translation>
    </message>
    <message>
        <source>%1 and adding %2</source>
        <translation>%1、さらに%2行を追加</translation>
    </message>
    <message>
        <source>Paste 1 row into %2</source>
        <translation>%2に1行を貼り付け</translation>
    </message>
    <message>
        <source>Paste %1 rows into %2</source>
        <translation>%2に%1行を貼り付け</translation>
    </message>
    <message>
        <source>1 row from the clipboard, from the first column (%2).</source>
        <translation>クリップボードの1行を、最初の列（%2）から貼り付けます。</translation>
    </message>
    <message>
        <source>%1 rows from the clipboard, from the first column (%2).</source>
        <translation>クリップボードの%1行を、最初の列（%2）から貼り付けます。</translation>
    </message>
    <message>
        <source>The first line repeats the column headings and is left out.</source>
        <translation>1行目は列見出しの繰り返しなので取り込みません。</translation>
    </message>
    <message>
        <source>1 filled cell past the last column (%2) is left out.</source>
        <translation>最後の列（%2）より右の入力済みセル1個は取り込みません。</translation>
    </message>
    <message>
        <source>%1 filled cells past the last column (%2) are left out.</source>
        <translation>最後の列（%2）より右の入力済みセル%1個は取り込みません。</translation>
    </message>
    <message>
        <source>Where the rows go</source>
        <translation>貼り付け先</translation>
    </message>
    <message>
        <source>&amp;Add them after the last row</source>
        <translation>最後の行の後に追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace rows, starting at row %1 (the selected row)</source>
        <translation>%1行目（選択した行）から置き換え(&amp;R)</translation>
    </message>
    <message>
        <source>Rows as they will be pasted</source>
        <translation>貼り付けられる行</translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation>入力できません：%1</translation>
    </message>
    <message>
        <source>&amp;Paste 1 row</source>
        <translation>1行を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Paste %1 rows</source>
        <translation>%1行を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>They become %1.</source>
        <translation>貼り付け先：%1。</translation>
    </message>
    <message>
        <source>%1 (replaces)</source>
        <translation>%1（置換）</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新規）</translation>
    </message>
    <message>
        <source>1 cell does not fit its column. Pasted, it stays in red and is not saved until corrected:</source>
        <translation>列に合わないセルが1個あります。貼り付けると赤で表示され、修正されるまで保存されません：</translation>
    </message>
    <message>
        <source>%1 cells do not fit their column. Pasted, they stay in red and are not saved until corrected:</source>
        <translation>列に合わないセルが%1個あります。貼り付けると赤で表示され、修正されるまで保存されません：</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>%1 (type two letters for suggestions)</source>
        <extracomment>How many places the list offers at once. Fewer characters than this offer nothing (one letter matches hundreds of places).</extracomment>
        <translation>%1（2文字入力すると候補が表示されます）</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 people</source>
        <translation>%1 — %2（%3） · %4人</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 people</source>
        <translation>%1 — %2 · %3人</translation>
    </message>
    <message>
        <source>Choose %1 from the list of places</source>
        <translation>地名の候補から「%1」を選択</translation>
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
    <name>Questions</name>
    <message>
        <source>CityPitch proposals</source>
        <translation>CityPitch提案書</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>This proposal has changes that are not saved. Save them first?</source>
        <translation>この提案書には保存されていない変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Says what is wrong with the answers so far (&quot;&quot; when they may be recorded).</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open a proposal</source>
        <translation>提案書を開く</translation>
    </message>
    <message>
        <source>Save the proposal as</source>
        <translation>提案書に名前を付けて保存</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Export the PDF</source>
        <translation>PDFの書き出し</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>画像を選択</translation>
    </message>
    <message>
        <source>About CityPitch</source>
        <translation>CityPitchについて</translation>
    </message>
    <message>
        <source>CityPitch %1
From smart-city idea to investor-ready proposal.</source>
        <translation>CityPitch %1
スマートシティの構想を、投資家に示せる提案書へ。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>today at %1</source>
        <extracomment>Entries that could not be read, with the reason; they are kept, never deleted silently.</extracomment>
        <translation>今日%1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>昨日%1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案書</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>自動保存日時</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Recover</source>
        <extracomment>What each decision is called in the list of choices.</extracomment>
        <translation>復元する</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄する</translation>
    </message>
    <message>
        <source>Decide at next start</source>
        <translation>次回起動時に決める</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>未保存の作業の復元</translation>
    </message>
    <message>
        <source>CityPitch was not closed normally last time. These proposals had changes that were not saved; the copies below were made automatically. Recovered proposals open as unsaved work: save them to keep them.</source>
        <translation>前回、CityPitchは正常に終了しませんでした。以下の提案書には保存されていない変更があり、下のコピーは自動的に作成されたものです。復元した提案書は未保存の作業として開きます。残すには保存してください。</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>%1の処理</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>An unsaved proposal could not be recovered</source>
        <translation>未保存の提案書を復元できませんでした</translation>
    </message>
    <message>
        <source>%1: %2

Its autosaved copy is kept in %3.</source>
        <translation>%1：%2

自動保存されたコピーは%3に残っています。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>This proposal is open read-only: %1</source>
        <translation>この提案書は読み取り専用で開いています：%1</translation>
    </message>
    <message>
        <source>This finding cannot be acknowledged</source>
        <translation>この指摘には理由を付けて回答できません</translation>
    </message>
    <message>
        <source>Answer the warning “%1”</source>
        <translation>警告「%1」に回答</translation>
    </message>
    <message>
        <source>Withdraw the answer to “%1”</source>
        <translation>警告「%1」への回答を取り下げ</translation>
    </message>
    <message>
        <source>Deal-breakers</source>
        <extracomment>Item data roles: the Review line or gate behind an item, and what the delegate draws. The groups of the findings list, in reading order.</extracomment>
        <translation>重大な不備</translation>
    </message>
    <message>
        <source>Values not accepted</source>
        <translation>受け付けられない値</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>改善のヒント</translation>
    </message>
    <message>
        <source>Answered with a justification</source>
        <translation>理由を付けて回答済み</translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Investor gates</source>
        <translation>投資家の必須要件</translation>
    </message>
    <message>
        <source>Findings, in the order an investor weighs them</source>
        <translation>指摘事項（投資家が重視する順）</translation>
    </message>
    <message>
        <source>Points lost by criterion</source>
        <translation>評価基準ごとの減点</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>指摘事項(&amp;D)</translation>
    </message>
    <message>
        <source>Points by &amp;criterion</source>
        <translation>基準別の得点(&amp;C)</translation>
    </message>
    <message>
        <source>The selected line in full</source>
        <translation>選択した行の全文</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>項目へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>Show the field (and select the rows) this line is about (Enter on the line)</source>
        <translation>この行が指す項目を表示し、該当する行を選択します（行の上でEnterキー）</translation>
    </message>
    <message>
        <source>&amp;Acknowledge warning...</source>
        <translation>警告に回答(&amp;A)...</translation>
    </message>
    <message>
        <source>Answer a warning with a written justification; deal-breakers cannot be waved away</source>
        <translation>警告に理由を書いて回答します。重大な不備は回答で済ませることはできません</translation>
    </message>
    <message>
        <source>&amp;Withdraw answer</source>
        <translation>回答を取り下げる(&amp;W)</translation>
    </message>
    <message>
        <source>Remove the justification given for this warning</source>
        <translation>この警告に付けた理由を取り消します</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1 open)</source>
        <translation>指摘事項（未対応%1件）(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>Nothing is open: no finding, and every field is filled in.</source>
        <translation>未対応の事項はありません。指摘はなく、すべての項目が入力済みです。</translation>
    </message>
    <message>
        <source>Select a line to see it in full; press Enter (or Go to field) to go to its field.</source>
        <translation>行を選ぶと全文が表示されます。Enterキー（または「項目へ移動」）でその項目へ移動します。</translation>
    </message>
    <message>
        <source>deal-breaker</source>
        <extracomment>What each band is called on screen, and its colour (also the Review step&apos;s dot in the sidebar).</extracomment>
        <translation>重大な不備</translation>
    </message>
    <message>
        <source>serious flaw</source>
        <translation>重大な欠点</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>弱点</translation>
    </message>
    <message>
        <source>polish</source>
        <translation>仕上げ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 deal-breaker</source>
        <translation>重大な不備%1件</translation>
    </message>
    <message>
        <source>%1 deal-breakers</source>
        <translation>重大な不備%1件</translation>
    </message>
    <message>
        <source>%1 value not accepted</source>
        <translation>受け付けられない値%1件</translation>
    </message>
    <message>
        <source>%1 values not accepted</source>
        <translation>受け付けられない値%1件</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>警告%1件</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>警告%1件</translation>
    </message>
    <message>
        <source>%1 tip</source>
        <translation>改善のヒント%1件</translation>
    </message>
    <message>
        <source>%1 tips</source>
        <translation>改善のヒント%1件</translation>
    </message>
    <message>
        <source>%1 field to fill in</source>
        <translation>未入力の項目%1件</translation>
    </message>
    <message>
        <source>%1 fields to fill in</source>
        <translation>未入力の項目%1件</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>回答済み%1件</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>未対応なし</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1点</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1点</translation>
    </message>
    <message>
        <source>%1 of 100, capped by a failed gate (%2 without it)</source>
        <translation>100点中%1点（満たされない必須要件による上限。それがなければ%2点）</translation>
    </message>
    <message>
        <source>score 100: no open line costs points, but %1 line is still open</source>
        <translation>100点：減点となる未対応の行はありませんが、%1行がまだ残っています</translation>
    </message>
    <message>
        <source>score 100: no open line costs points, but %1 lines are still open</source>
        <translation>100点：減点となる未対応の行はありませんが、%1行がまだ残っています</translation>
    </message>
    <message>
        <source>100 of 100: nothing open</source>
        <translation>100点中100点：未対応なし</translation>
    </message>
    <message>
        <source>%1 of 100 (%2 lost)</source>
        <translation>100点中%1点（%2の減点）</translation>
    </message>
    <message>
        <source>Deal-breaker (1 of %1): %2</source>
        <translation>重大な不備（%1件中1件目）：%2</translation>
    </message>
    <message>
        <source>Deal-breaker: %1</source>
        <translation>重大な不備：%1</translation>
    </message>
    <message>
        <source>Costliest open finding (%1): %2</source>
        <translation>減点の最も大きい未対応の指摘（%1）：%2</translation>
    </message>
    <message>
        <source>No finding remains; still open: %1.</source>
        <translation>指摘は残っていません。未対応：%1。</translation>
    </message>
    <message>
        <source>%1 of %2 fields filled in</source>
        <translation>%2項目中%1項目入力済み</translation>
    </message>
    <message>
        <source>Open: %1.</source>
        <translation>未対応：%1。</translation>
    </message>
    <message>
        <source>Nothing open; %1.</source>
        <translation>未対応なし。%1。</translation>
    </message>
    <message>
        <source>Investor gates: %1 of %2 fail</source>
        <translation>投資家の必須要件：%2件中%1件が不適合</translation>
    </message>
    <message>
        <source>Investor gates: all %1 pass</source>
        <translation>投資家の必須要件：%1件すべて適合</translation>
    </message>
    <message>
        <source>1 readiness gate is not met (%1)</source>
        <translation>投資準備度の必須要件のうち1件を満たしていない（%1）</translation>
    </message>
    <message>
        <source>%1 readiness gates are not met (%2)</source>
        <translation>投資準備度の必須要件のうち%1件を満たしていない（%2）</translation>
    </message>
    <message>
        <source>%1 (a contradiction between fields)</source>
        <translation>%1（項目間の矛盾）</translation>
    </message>
    <message>
        <source>%1 (%2 of them a contradiction between fields)</source>
        <translation>%1（うち%2件は項目間の矛盾）</translation>
    </message>
    <message>
        <source>%1 (%2 of them contradictions between fields)</source>
        <translation>%1（うち%2件は項目間の矛盾）</translation>
    </message>
    <message>
        <source>%1 (%2 does not apply)</source>
        <translation>%1（%2件は該当なし）</translation>
    </message>
    <message>
        <source>%1 (%2 do not apply)</source>
        <translation>%1（%2件は該当なし）</translation>
    </message>
    <message>
        <source>%1. A reader stops at the first that fails.</source>
        <translation>%1。読み手は最初の不適合で読むのをやめます。</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対応：%1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>場所：%1</translation>
    </message>
    <message>
        <source>Comes from: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>The proposal as a whole</source>
        <translation>提案書全体</translation>
    </message>
    <message>
        <source>%1 (on the %2 step)</source>
        <translation>%1（「%2」ステップ）</translation>
    </message>
    <message>
        <source>Value not accepted (not saved)</source>
        <translation>受け付けられない値（保存されていません）</translation>
    </message>
    <message>
        <source>Deal-breaker · %1</source>
        <translation>重大な不備 · %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>改善のヒント</translation>
    </message>
    <message>
        <source>Contradiction between fields</source>
        <translation>項目間の矛盾</translation>
    </message>
    <message>
        <source>%1 answered (of %2)</source>
        <translation>%1、回答済み（本来%2）</translation>
    </message>
    <message>
        <source>Answered: “%1”. An answered finding still costs half its points: %2 of %3, in %4.</source>
        <translation>回答：「%1」。回答済みの指摘も点数の半分は減点されます（%4で%3のうち%2）。</translation>
    </message>
    <message>
        <source>Costs %1 (%2), in %3.</source>
        <translation>%3で%1の減点（%2）。</translation>
    </message>
    <message>
        <source>%1

What would fix it: %2

An answered warning still costs half its points: %3 instead of %4.</source>
        <translation>%1

解決するには：%2

回答済みの警告も点数の半分は減点されます（%4ではなく%3）。</translation>
    </message>
    <message>
        <source>%1: no points lost (it can cost up to %2)</source>
        <translation>%1：減点なし（最大%2点）</translation>
    </message>
    <message>
        <source>%1: %2 of at most %3 points lost</source>
        <translation>%1：最大%3点のうち%2点を減点</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>ほか%1件</translation>
    </message>
    <message>
        <source>Checks that lost points: %1</source>
        <translation>減点となったチェック：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>names in a list</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1; and more</source>
        <translation>%1ほか</translation>
    </message>
    <message>
        <source>the readiness band is %1</source>
        <translation>投資準備度の判定が「%1」である</translation>
    </message>
    <message>
        <source>sign-off is turned on and the current content is not signed off</source>
        <translation>最終承認が必要な設定で、現在の内容がまだ最終承認されていない</translation>
    </message>
    <message>
        <source>sign-off is turned on and the current content is not signed off (the last sign-off is stale)</source>
        <translation>最終承認が必要な設定で、現在の内容がまだ最終承認されていない（前回の承認後に内容が編集されている）</translation>
    </message>
    <message>
        <source>the sign-off record cannot be read (%1)</source>
        <translation>最終承認の記録を読み込めない（%1）</translation>
    </message>
    <message>
        <source>No DRAFT mark will show: no readiness gate fails, the proposal is %1 (score %2), %3</source>
        <translation>DRAFT表示は付きません。投資準備度の必須要件に不適合はなく、提案書の判定は%1（%2点）です。%3</translation>
    </message>
    <message>
        <source>and the current content is signed off.</source>
        <translation>現在の内容は最終承認済みです。</translation>
    </message>
    <message>
        <source>and sign-off does not hold it back.</source>
        <translation>最終承認による保留もありません。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>The DRAFT mark is off, so the export will not say it is a draft, although %1.</source>
        <translation>DRAFT表示がオフのため、書き出した資料には草稿である旨が表示されません。ただし、%1。</translation>
    </message>
    <message>
        <source>The Review step says what to do.</source>
        <translation>対応方法は「確認」ステップに示されています。</translation>
    </message>
    <message>
        <source>The Versions and sign-off panel (View menu) records the sign-off.</source>
        <translation>最終承認は「バージョンと最終承認」パネル（表示メニュー）で記録します。</translation>
    </message>
    <message>
        <source>Every page will be marked DRAFT because %1.</source>
        <translation>%1ため、すべてのページにDRAFT表示が付きます。</translation>
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
    <name>SheetView</name>
    <message>
        <source>No rows yet: press Insert or use Add row. Rows copied from a spreadsheet can be pasted with Ctrl+V.</source>
        <translation>まだ行がありません。Insertキーを押すか「行を追加」を使ってください。スプレッドシートからコピーした行はCtrl+Vで貼り付けられます。</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <source>Selected slide</source>
        <extracomment>Quiet time after the last edit before the preview is rendered again (ms). Delay before rendering when the preview is shown with something new to render (ms): long enough that paging through the steps does not start a render on every pass. Thumbnails drawn per pass of the event loop (about 4 ms each), so a long deck never stalls the window. Quiet time after an edit before the edited slide is drawn on its own (ms). What the warm process runs for the edited slide. The child process&apos;s id once it has started (evidence that the render left this process). generation, a one-page PDF of the edited slide, {&quot;id&quot;, &quot;number&quot;, &quot;total&quot;}: newer than the deck shown False while a format without slides is chosen (the workbook): nothing is rendered then. Every child process a preview ran in (tests check that renders leave the GUI process). The options the preview on screen was made with (a deck has slides, a leave-behind pages). Render in the application&apos;s warm processes (False: a fresh child process for every render). Every process an edited slide was drawn in (tests check that it stays warm).</extracomment>
        <translation>選択したスライド</translation>
    </message>
    <message>
        <source>Slides</source>
        <extracomment>The slides&apos; minimum height (the form&apos;s), kept while a format without slides is chosen.</extracomment>
        <translation>スライド</translation>
    </message>
    <message>
        <source>Updating the preview...</source>
        <extracomment>The edited slide drawn on its own, newer than the deck: (generation, row, document, buffer).</extracomment>
        <translation>プレビューを更新しています...</translation>
    </message>
    <message>
        <source>The slides appear here a moment after the Export step opens.</source>
        <translation>出力のステップを開くと、少ししてここにスライドが表示されます。</translation>
    </message>
    <message>
        <source>Making the preview of this proposal...</source>
        <translation>この提案書のプレビューを作成しています...</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>プレビューを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>The slides below are from the last preview that worked.</source>
        <translation>下のスライドは、最後に作成できたプレビューのものです。</translation>
    </message>
    <message>
        <source>Slide %1 of %2, as it will be exported. The other slides follow your edits a moment after you stop typing.</source>
        <translation>書き出されるとおりのスライド%1（全%2枚中）です。ほかのスライドは、入力を止めると少ししてから編集内容が反映されます。</translation>
    </message>
    <message>
        <source>the rendered PDF could not be read back for display</source>
        <translation>作成したPDFを表示用に読み込めませんでした</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>スライド%1</translation>
    </message>
    <message>
        <source>%1 pages, as they will be exported. The preview follows your edits a moment after you stop typing.</source>
        <translation>書き出されるとおりの%1ページです。入力を止めると、少ししてプレビューに編集内容が反映されます。</translation>
    </message>
    <message>
        <source>%1 slides, as they will be exported. The preview follows your edits a moment after you stop typing.</source>
        <translation>書き出されるとおりの%1枚のスライドです。入力を止めると、少ししてプレビューに編集内容が反映されます。</translation>
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
        <source>Executive summary</source>
        <extracomment>The main-line slides&apos; names in the table (the English of :data:`wizard.export.story.MAIN_LINE`, marked for translation here; a test keeps the two lists the same).</extracomment>
        <translation>エグゼクティブサマリー</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>The solution</source>
        <translation>解決策</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Demand and market</source>
        <translation>需要と市場</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>事業収支</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>資金源と資金使途</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>事業スキーム</translation>
    </message>
    <message>
        <source>Risk allocation</source>
        <translation>リスク分担</translation>
    </message>
    <message>
        <source>Japanese value-add</source>
        <translation>日本の付加価値</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>実施体制と工程</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>The ask and next steps</source>
        <translation>調達希望額と次のステップ</translation>
    </message>
    <message>
        <source>Slide titles</source>
        <translation>スライドのタイトル</translation>
    </message>
    <message>
        <source>Each slide of the deck opens with a title made from your figures. Write your own to replace it: it is printed as written and kept in the project file. Clear it to use the one made from your figures again.</source>
        <translation>提案資料の各スライドは、入力した数値から作成したタイトルで始まります。独自のタイトルを書くとそれに置き換わり、書いたとおりに印刷され、プロジェクトファイルに保存されます。消去すると、数値から作成したタイトルに戻ります。</translation>
    </message>
    <message>
        <source>Set the title of the slide &apos;%1&apos;</source>
        <translation>スライド「%1」のタイトルを設定</translation>
    </message>
    <message>
        <source>Clear the title of the slide &apos;%1&apos;</source>
        <translation>スライド「%1」のタイトルを消去</translation>
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
        <source>Spreadsheet number forma&amp;t</source>
        <translation>表計算ファイルの数値表記(&amp;T)</translation>
    </message>
    <message>
        <source>Spreadsheet number format</source>
        <translation>表計算ファイルの数値表記</translation>
    </message>
    <message>
        <source>Bundled sample ‘%1’: a fictional city, for illustration</source>
        <extracomment>The widest a page&apos;s label column may be (pixels at 100% scaling); longer labels wrap. Text this many times its normal size or more (presentation mode) puts labels above their fields. Above its field, a label wraps only when it is wider than this (a page on a 1024-pixel projector is wider). Qt&apos;s &quot;no maximum&quot; for a widget&apos;s size (QWIDGETSIZE_MAX). The accessible name this label gave the box (a box whose form names it keeps the form&apos;s name).</extracomment>
        <translation>同梱サンプル「%1」：説明用の架空の都市です</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <extracomment>The Begin box&apos;s widgets, by column (two columns: side by side; one column: the first over the second).</extracomment>
        <translation>（まだありません）</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Edits of one field closer together than this (seconds) merge into one undo step...</extracomment>
        <translation>%1を編集</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>%1に行を追加</translation>
    </message>
    <message>
        <source>Remove row %1 from %2</source>
        <translation>%2から%1行目を削除</translation>
    </message>
    <message>
        <source>Move row %1 of %2 up</source>
        <translation>%2の%1行目を上へ移動</translation>
    </message>
    <message>
        <source>Move row %1 of %2 down</source>
        <translation>%2の%1行目を下へ移動</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Set %1 to %2 (also %3)</source>
        <translation>%1を%2に設定（あわせて%3）</translation>
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

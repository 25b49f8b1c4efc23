<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ファイルの場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI(最初の強い文字で決まる方向の分離)</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE(左から右への埋め込みの開始)</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI(左から右への分離)</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM(左から右への記号)</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO(左から右への強制の開始)</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF(方向の書式設定の終了)</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI(方向の分離の終了)</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE(右から左への埋め込みの開始)</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI(右から左への分離)</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM(右から左への記号)</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO(右から左への強制の開始)</translation>
    </message>
</context>
</TS>

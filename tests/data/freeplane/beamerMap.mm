<map version="freeplane 1.6.0">
<!--To view this file, download free mind mapping software Freeplane from http://freeplane.sourceforge.net -->
<node TEXT="Example MindMap" FOLDED="false" ID="ID_818401885" CREATED="1539119408602" MODIFIED="1540804643528"><hook NAME="MapStyle" zoom="1.000">
    <properties show_icon_for_attributes="true" fit_to_viewport="false" show_note_icons="true" edgeColorConfiguration="#808080ff,#ff0000ff,#0000ffff,#00ff00ff,#ff00ffff,#00ffffff,#7c0000ff,#00007cff,#007c00ff,#7c007cff,#007c7cff,#7c7c00ff"/>

<map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval" UNIFORM_SHAPE="true" VGAP_QUANTITY="24.0 pt">
<font SIZE="24"/>
<stylenode LOCALIZED_TEXT="styles.predefined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="default" ICON_SIZE="12.0 pt" COLOR="#000000" STYLE="fork">
<font NAME="SansSerif" SIZE="10" BOLD="false" ITALIC="false"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.details"/>
<stylenode LOCALIZED_TEXT="defaultstyle.attributes">
<font SIZE="9"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.note" COLOR="#000000" BACKGROUND_COLOR="#ffffff" TEXT_ALIGN="LEFT"/>
<stylenode LOCALIZED_TEXT="defaultstyle.floating">
<edge STYLE="hide_edge"/>
<cloud COLOR="#f0f0f0" SHAPE="ROUND_RECT"/>
</stylenode>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.user-defined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="styles.topic" COLOR="#18898b" STYLE="fork">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.subtopic" COLOR="#cc3300" STYLE="fork">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.subsubtopic" COLOR="#669900">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.important">
<icon BUILTIN="yes"/>
</stylenode>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.AutomaticLayout" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="AutomaticLayout.level.root" COLOR="#000000" STYLE="oval" SHAPE_HORIZONTAL_MARGIN="10.0 pt" SHAPE_VERTICAL_MARGIN="10.0 pt">
<font SIZE="18"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,1" COLOR="#0033ff">
<font SIZE="16"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,2" COLOR="#00b439">
<font SIZE="14"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,3" COLOR="#990000">
<font SIZE="12"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,4" COLOR="#111111">
<font SIZE="10"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,5"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,6"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,7"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,8"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,9"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,10"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,11"/>
</stylenode>
</stylenode>
</map_styles>
</hook>
<attribute NAME="author" VALUE="Joe Doe"/>
<attribute NAME="institute" VALUE="Foobar Inc."/>
<hook NAME="presentations">
    <presentation NAME="Nov&#xe1; prezent&#xe1;cia 1">
        <slide NAME="Nov&#xfd; sn&#xed;mok 1"/>
    </presentation>
</hook>
<node TEXT="Section 1 - text-based frames" POSITION="right" ID="ID_379090753" CREATED="1539242363764" MODIFIED="1540804127122">
<node TEXT="Subsection 1.1" ID="ID_1624758610" CREATED="1539243173801" MODIFIED="1540766745212">
<node TEXT="Standard frame" ID="ID_339150267" CREATED="1539242451835" MODIFIED="1540766714853">
<node TEXT="Lorem ipsum" ID="ID_103700307" CREATED="1539242463508" MODIFIED="1540766677901"/>
<node TEXT="Lorem ipsum" ID="ID_1675946007" CREATED="1539242483595" MODIFIED="1540766683192"/>
<node TEXT="Lorem ipsum" ID="ID_1911395604" CREATED="1539242492043" MODIFIED="1540766692851"/>
</node>
<node TEXT="And once more" ID="ID_1417274919" CREATED="1539266531778" MODIFIED="1540771936522">
<node TEXT="Lorem ipsum" ID="ID_1724535744" CREATED="1539266555397" MODIFIED="1540766761419"/>
<node TEXT="Lorem ipsum" ID="ID_1780133456" CREATED="1539266555397" MODIFIED="1540766766980"/>
<node TEXT="Lorem ipsum" ID="ID_786824344" CREATED="1539266555399" MODIFIED="1540766770563"/>
</node>
</node>
<node TEXT="Subsection 1.2" ID="ID_807687589" CREATED="1539195518043" MODIFIED="1540766739466">
<node TEXT="Frame with text" ID="ID_394288053" CREATED="1539207718673" MODIFIED="1540768317605"><richcontent TYPE="NOTE">

<html>
  <head>
    
  </head>
  <body>
    <p>
      Lorem ipsum
    </p>
  </body>
</html>
</richcontent>
<node TEXT="item" ID="ID_1358706000" CREATED="1539209663742" MODIFIED="1540767067479"/>
<node TEXT="item" ID="ID_842438966" CREATED="1539209802318" MODIFIED="1540767069713"/>
</node>
<node TEXT="Shrunk frame" ID="ID_481261550" CREATED="1540770546194" MODIFIED="1540770580817">
<attribute NAME="framestyle" VALUE="shrink"/>
<node TEXT="item" ID="ID_658728722" CREATED="1540770554432" MODIFIED="1540770557060"/>
<node TEXT="item" ID="ID_409339651" CREATED="1540770560536" MODIFIED="1540770561501"/>
<node TEXT="item" ID="ID_314993190" CREATED="1540770562726" MODIFIED="1540770564205"/>
<node TEXT="item" ID="ID_6855341" CREATED="1540770608712" MODIFIED="1540770610057">
<node TEXT="subitem" ID="ID_651259340" CREATED="1540770611142" MODIFIED="1540770612622"/>
<node TEXT="subitem" ID="ID_373050667" CREATED="1540770614554" MODIFIED="1540770615826"/>
<node TEXT="subitem" ID="ID_57146776" CREATED="1540770616575" MODIFIED="1540770618236"/>
</node>
<node TEXT="item" ID="ID_137160262" CREATED="1540770564792" MODIFIED="1540770565915">
<node TEXT="subitem" ID="ID_1704712689" CREATED="1540770622642" MODIFIED="1540770624039"/>
<node TEXT="subitem" ID="ID_399630800" CREATED="1540770625152" MODIFIED="1540770626534"/>
<node TEXT="subitem" ID="ID_902755344" CREATED="1540770627742" MODIFIED="1540770629411"/>
</node>
<node TEXT="item" ID="ID_689871641" CREATED="1540770566424" MODIFIED="1540770567361"/>
</node>
<node TEXT="Plain frame" ID="ID_5000535" CREATED="1540770546194" MODIFIED="1540804200660">
<attribute NAME="framestyle" VALUE="plain"/>
<node TEXT="item" ID="ID_1442796302" CREATED="1540770554432" MODIFIED="1540770557060"/>
<node TEXT="item" ID="ID_1116737723" CREATED="1540770560536" MODIFIED="1540770561501"/>
<node TEXT="item" ID="ID_1734738867" CREATED="1540770562726" MODIFIED="1540770564205"/>
<node TEXT="item" ID="ID_1388583514" CREATED="1540770608712" MODIFIED="1540770610057">
<node TEXT="subitem" ID="ID_1313612976" CREATED="1540770611142" MODIFIED="1540770612622"/>
<node TEXT="subitem" ID="ID_749511450" CREATED="1540770614554" MODIFIED="1540770615826"/>
<node TEXT="subitem" ID="ID_1605251197" CREATED="1540770616575" MODIFIED="1540770618236"/>
</node>
<node TEXT="item" ID="ID_1912957938" CREATED="1540770564792" MODIFIED="1540770565915">
<node TEXT="subitem" ID="ID_13294727" CREATED="1540770622642" MODIFIED="1540770624039"/>
<node TEXT="subitem" ID="ID_1441310825" CREATED="1540770625152" MODIFIED="1540770626534"/>
<node TEXT="subitem" ID="ID_1824963213" CREATED="1540770627742" MODIFIED="1540770629411"/>
</node>
<node TEXT="item" ID="ID_517023147" CREATED="1540770566424" MODIFIED="1540770567361"/>
</node>
<node TEXT="Text effects" ID="ID_427162262" CREATED="1540805057706" MODIFIED="1540805227829">
<node TEXT="\emph{emphasized}" ID="ID_57374515" CREATED="1540805060333" MODIFIED="1540805232762" FORMAT="STANDARD_FORMAT"/>
<node TEXT="\alert{alert}" ID="ID_951426519" CREATED="1540805062314" MODIFIED="1540805166983"/>
<node TEXT="\textbf{bold}" ID="ID_647774888" CREATED="1540805063700" MODIFIED="1540805196289"/>
<node TEXT="\Huge{Huge}" ID="ID_55680629" CREATED="1540805235666" MODIFIED="1540805242080"/>
<node TEXT="\tiny{tiny}" ID="ID_549003100" CREATED="1540805261162" MODIFIED="1540805264686"/>
</node>
</node>
</node>
<node TEXT="Section 2 - images" POSITION="right" ID="ID_611283573" CREATED="1539119421899" MODIFIED="1540804276768">
<node TEXT="Subsection 2.1" ID="ID_771250234" CREATED="1539119553321" MODIFIED="1540766834065">
<node TEXT="Frame with captioned picture" ID="ID_1864503137" CREATED="1539243305536" MODIFIED="1540771730288">
<attribute NAME="leftcolumnwidth" VALUE="0.7"/>
<node ID="ID_1274025265" CREATED="1539248882300" MODIFIED="1540769640482"><richcontent TYPE="NODE">

<html>
  <head>
    
  </head>
  <body>
    <img src="/usr/share/freeplane/freeplane.png" width="864" height="355"/>
  </body>
</html>
</richcontent>
<attribute NAME="caption" VALUE="Image caption"/>
<attribute NAME="scale" VALUE="3"/>
</node>
<node TEXT="Something about image" ID="ID_1382318278" CREATED="1539248993283" MODIFIED="1540771504845"/>
<node TEXT="and more" ID="ID_1810045228" CREATED="1540771505519" MODIFIED="1540771508277"/>
</node>
<node TEXT="Another frame with bulleted list and picture" ID="ID_920760343" CREATED="1539249107860" MODIFIED="1540771772171">
<node TEXT="item" ID="ID_1492727371" CREATED="1539249225536" MODIFIED="1540769877170">
<hook URI="../../usr/share/freeplane/freeplane.png" SIZE="1.0" NAME="ExternalObject"/>
</node>
<node TEXT="list of subitems" ID="ID_1111564386" CREATED="1539259860494" MODIFIED="1540766856867">
<node TEXT="subitem" ID="ID_826587080" CREATED="1539259989764" MODIFIED="1540767134934"/>
<node TEXT="subitem" ID="ID_936517669" CREATED="1539260016636" MODIFIED="1540767138457"/>
<node TEXT="subitem" ID="ID_993077501" CREATED="1539260211412" MODIFIED="1540767143627"/>
</node>
<node TEXT="item" ID="ID_74253917" CREATED="1539267713601" MODIFIED="1540766872774"/>
</node>
<node TEXT="Another frame with picture" ID="ID_174362788" CREATED="1539243305536" MODIFIED="1540770216252">
<node ID="ID_1181439986" CREATED="1539248882300" MODIFIED="1540770232176"><richcontent TYPE="NODE">

<html>
  <head>
    
  </head>
  <body>
    <img src="/usr/share/freeplane/freeplane.png" width="864" height="355"/>
  </body>
</html>
</richcontent>
<attribute NAME="height" VALUE="0.2\textheight"/>
</node>
<node TEXT="item" ID="ID_1761957154" CREATED="1539248993283" MODIFIED="1540770201141"/>
<node TEXT="item" ID="ID_831974" CREATED="1540770202353" MODIFIED="1540770203690"/>
</node>
</node>
<node TEXT="Subsection 2.2" ID="ID_628708451" CREATED="1540769969570" MODIFIED="1540769972598">
<node TEXT="Frame with image and text" ID="ID_497134942" CREATED="1540769973970" MODIFIED="1540804028509"><richcontent TYPE="NOTE">

<html>
  <head>
    
  </head>
  <body>
    <p>
      Lorem ipsum
    </p>
  </body>
</html>

</richcontent>
<node ID="ID_571275730" CREATED="1540770244110" MODIFIED="1540804618734"><richcontent TYPE="NODE">

<html>
  <head>
    
  </head>
  <body>
    <img src="../../usr/share/freeplane/freeplane.png"/>
  </body>
</html>
</richcontent>
<attribute NAME="height" VALUE="0.7\textheight"/>
</node>
</node>
<node TEXT="Frame with image only" ID="ID_533306051" CREATED="1540769973970" MODIFIED="1540769985025">
<node ID="ID_1864991249" CREATED="1540770244110" MODIFIED="1540770382922"><richcontent TYPE="NODE">

<html>
  <head>
    
  </head>
  <body>
    <img src="../../usr/share/freeplane/freeplane.png"/>
  </body>
</html>
</richcontent>
<attribute NAME="height" VALUE="0.9\textheight"/>
</node>
</node>
</node>
</node>
<node TEXT="Section 3 - colors, background" POSITION="right" ID="ID_756540148" CREATED="1539120049708" MODIFIED="1540804386192">
<node TEXT="Subsection 3.1" ID="ID_841739524" CREATED="1539120338155" MODIFIED="1540766904333">
<node TEXT="Frame with background color" ID="ID_1206569147" CREATED="1540770654856" MODIFIED="1540770674558">
<attribute NAME="backgroundcolor" VALUE="yellow"/>
<node TEXT="item" ID="ID_1305752819" CREATED="1540770660890" MODIFIED="1540770661999"/>
<node TEXT="item" ID="ID_610296724" CREATED="1540770663144" MODIFIED="1540770663921"/>
<node TEXT="item" ID="ID_743019238" CREATED="1540770665152" MODIFIED="1540770666003"/>
</node>
<node TEXT="Frame" ID="ID_1443231723" CREATED="1539254814192" MODIFIED="1540770711286">
<attribute NAME="backgroundcolor" VALUE="white"/>
<node TEXT="item" ID="ID_1291331714" CREATED="1539255490842" MODIFIED="1540766914370">
<node TEXT="\tt{typewriter\ldots}" ID="ID_224417652" CREATED="1539255666993" MODIFIED="1540768190690" FORMAT="latexPatternFormat"/>
</node>
<node TEXT="item" ID="ID_1937575215" CREATED="1539255629825" MODIFIED="1540766917184">
<node TEXT="\textbf{bold\ldots}" ID="ID_574823476" CREATED="1539255666993" MODIFIED="1540768206542" FORMAT="latexPatternFormat"/>
</node>
<node TEXT="item" ID="ID_1880005304" CREATED="1539255500513" MODIFIED="1540766919334">
<node TEXT="\mathbf{mathbf}" ID="ID_1071582597" CREATED="1539255666993" MODIFIED="1540768764614" FORMAT="latexPatternFormat"/>
</node>
</node>
<node TEXT="Frame" ID="ID_1720958590" CREATED="1539255470393" MODIFIED="1540766934212">
<node TEXT="item" ID="ID_210041120" CREATED="1539261709186" MODIFIED="1540767223901"/>
<node TEXT="\tt{typewriter\ldots}" ID="ID_1285461526" CREATED="1539255666993" MODIFIED="1540767233302" FORMAT="latexPatternFormat"/>
<node TEXT="\tt{typewriter\ldots}" ID="ID_490929961" CREATED="1539255666993" MODIFIED="1540767244439" FORMAT="latexPatternFormat"/>
</node>
<node TEXT="Frame with background picture" ID="ID_823177705" CREATED="1540770741951" MODIFIED="1540770772912">
<attribute NAME="backgroundpicture" VALUE="/usr/share/freeplane/freeplane.png"/>
<node TEXT="item" ID="ID_412674753" CREATED="1540770748726" MODIFIED="1540770749789"/>
<node TEXT="item" ID="ID_1114717686" CREATED="1540770751510" MODIFIED="1540770752464"/>
<node TEXT="item" ID="ID_1389093893" CREATED="1540770753078" MODIFIED="1540770754257"/>
</node>
</node>
</node>
<node TEXT="Section 4 - definitions" POSITION="left" ID="ID_594175670" CREATED="1539122076436" MODIFIED="1540804525182">
<node TEXT="Subsection 4.1" ID="ID_1145305199" CREATED="1539266843875" MODIFIED="1540768397061">
<node TEXT="Frame with definition" FOLDED="true" ID="ID_879557664" CREATED="1540768399577" MODIFIED="1540805367802">
<attribute NAME="backgroundcolor" VALUE="white"/>
<node TEXT="item1" ID="ID_1364105691" CREATED="1540769066594" MODIFIED="1540770449148"/>
<node TEXT="Definition" ID="ID_1958280612" CREATED="1540768405024" MODIFIED="1540768423717">
<cloud COLOR="#f0f0f0" SHAPE="ARC"/>
<node TEXT="e = mc^2" ID="ID_213549332" CREATED="1540768484639" MODIFIED="1540769197943" FORMAT="latexPatternFormat"/>
</node>
<node TEXT="item2" ID="ID_1706202244" CREATED="1540770442071" MODIFIED="1540770444598"/>
</node>
</node>
<node TEXT="Section 4.1" ID="ID_814734382" CREATED="1540768386599" MODIFIED="1540768390779">
<node TEXT="Frame with listings" ID="ID_1002872249" CREATED="1539266860555" MODIFIED="1540805371043">
<attribute NAME="style" VALUE="fragile"/>
<node TEXT="item" ID="ID_756770107" CREATED="1539266879413" MODIFIED="1540766986523">
<node TEXT="subitem" ID="ID_839617714" CREATED="1539266879414" MODIFIED="1540766991397"/>
<node TEXT="subitem" ID="ID_1145074461" CREATED="1539266936250" MODIFIED="1540766995732"/>
</node>
<node TEXT="item" ID="ID_750065774" CREATED="1539267459153" MODIFIED="1540767008819">
<cloud COLOR="#f0f0f0" SHAPE="ARC"/>
<node TEXT="\begin{lstlisting}&#xa;listing line1&#xa;listing line2&#xa;\end{lstlisting}" ID="ID_1358526506" CREATED="1539342482851" MODIFIED="1540767025259"/>
<node TEXT="\begin{lstlisting}&#xa;listing line1&#xa;listing line2&#xa;\end{lstlisting}" ID="ID_906367963" CREATED="1539342486499" MODIFIED="1540767042987"/>
</node>
</node>
</node>
</node>
</node>
</map>

<map><node TEXT="a"><richcontent TYPE="weird"><html><p>x</p></html></richcontent></node></map>

<map><node TEXT="a&nbsp;b"><richcontent TYPE="NOTE"><html><body><p>x&nbsp;&hellip;</p></body></html></richcontent></node></map>

<map><node TEXT="a"><richcontent TYPE="NODE"><html><body><richcontent TYPE="NOTE"><p>x</p></richcontent></body></html></richcontent></node></map>

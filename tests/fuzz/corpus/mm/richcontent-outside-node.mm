<map><richcontent TYPE="NODE"><html><p>x</p></html></richcontent><node TEXT="a"/></map>

<map><node TEXT="a"><richcontent TYPE="NOTE"><!DOCTYPE html><html/></richcontent></node></map>

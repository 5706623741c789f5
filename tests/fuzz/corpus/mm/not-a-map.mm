<node TEXT="a"/>

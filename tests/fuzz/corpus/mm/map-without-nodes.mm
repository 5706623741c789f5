<map version="freeplane 1.3.0"><attribute_registry/></map>

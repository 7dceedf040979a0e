// placeholder so the analysis layer library is never empty
namespace bulkhead { int analysis_layer_anchor = 0; }

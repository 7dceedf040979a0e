// placeholder so the decision layer library is never empty
namespace bulkhead { int decision_layer_anchor = 0; }

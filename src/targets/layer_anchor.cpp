// placeholder so the targets layer library is never empty
namespace bulkhead { int targets_layer_anchor = 0; }

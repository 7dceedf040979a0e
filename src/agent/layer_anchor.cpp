// placeholder so the agent layer library is never empty
namespace bulkhead { int agent_layer_anchor = 0; }

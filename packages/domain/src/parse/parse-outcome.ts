// Orchestrates the passes in order: normalise -> blocks -> structure -> sentences -> statements -> facts -> topics.
// Each pass is a pure function in its own file with its own test. Filled in by the parser work (issue 2).
export {};

#pragma once

// Lays out at once what changed content asked to be laid out. A widget whose size hint
// changes asks its parent to lay out again by a posted event, and the parent's new size
// asks its own parent in turn, one level per pass of the event loop; each pass that finds
// the window dirty paints it. Settled here, level by level until nothing more asks, a
// panel given new data is painted once, at its final geometry.
void settleLayouts();

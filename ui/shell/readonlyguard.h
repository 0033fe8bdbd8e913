#pragma once

#include <QString>

class QObject;
class QWidget;

// A database opened read-only (a board member's copy) is read and exported, never edited.
// Panels mark the controls that edit; the window then disables every marked control under
// it, says why in its tooltip, and keeps it disabled whatever the panel's own enabling does.
namespace ReadOnlyGuard {

// An action, button or item view whose use changes the database.
void markEditing(QObject *control);

// Disables the marked controls under `root` (and `root` itself if marked) for `reason`.
void apply(QObject *root, const QString &reason);

} // namespace ReadOnlyGuard

#include "history/historypanel.h"

#include "help/handbook.h"

#include "export/tableexport.h"

#include "authorities/authoritystore.h"
#include "history/changehistory.h"
#include "history/changehistorymodel.h"
#include "store/store.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(Store &store, QWidget *parent)
    : AuthorityPanel(parent)
    , m_store(store)
    , m_model(new ChangeHistoryModel(store.history(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_note(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_export(new QPushButton(tr("E&xport..."), this))
    , m_showAll(new QPushButton(tr("Show &All Changes"), this))
    , m_table(new QTableView(this))
{
    Handbook::setTopic(this, HandbookTopic::history);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(ChangeHistoryModel::KindColumn);

    // Each choice is the item kinds it shows, as the Item column names them.
    m_kind->addItem(tr("All changes"), QString());
    m_kind->addItem(tr("Actions and progress updates"),
                    QStringLiteral("^(Action|Progress update|Action's recommendation)$"));
    m_kind->addItem(tr("Plans"), QStringLiteral("^Plan$"));
    m_kind->addItem(tr("Inspections, grades and recommendations"),
                    QStringLiteral("^(Inspection|Judgement|Recommendation)$"));
    m_kind->addItem(tr("Figures and targets"), QStringLiteral("^(Figure|Target)$"));
    m_kind->setAccessibleName(tr("Kind of change shown"));
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kind);

    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Changes, newest first"));
    TableExport::attach(m_table, tr("Change history"));
    m_export->setToolTip(tr("Save the changes shown as an Excel workbook or CSV"));
    connect(m_export, &QPushButton::clicked, this, [this]() {
        if (!m_table->actions().isEmpty())
            m_table->actions().first()->trigger();
    });

    m_showAll->setToolTip(tr("Every change to this authority's items, not only to one"));
    m_showAll->hide();
    connect(m_showAll, &QPushButton::clicked, this, [this]() {
        m_itemName.clear();
        reload();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_showAll);
    filters->addStretch(1);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setFilterRegularExpression(m_kind->currentData().toString());
        updateNote();
    });
}

void HistoryPanel::setAuthority(qint64 authorityId)
{
    // The item shown stays until another authority is chosen.
    if (authorityId != m_authority)
        m_itemName.clear();
    m_authority = authorityId;
    reload();
}

void HistoryPanel::showItem(qint64 authorityId, const QString &table, qint64 rowId,
                            const QString &name)
{
    m_authority = authorityId;
    m_itemName = tr("%1 \u201C%2\u201D").arg(ChangeHistory::itemKind(table), name);
    m_itemTable = table;
    m_itemId = rowId;
    m_kind->setCurrentIndex(0);
    // A panel out of sight reads its changes when it is shown.
    if (isVisible())
        reload();
}

QAction *HistoryPanel::itemHistoryAction(const Store &store, QWidget *panel)
{
    auto *action = new QAction(tr("Show &History"), panel);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    panel->addAction(action);
    if (store.history().isKept()) {
        action->setToolTip(tr("Who changed the chosen item, when, and from what to what"));
    } else {
        action->setEnabled(false);
        action->setToolTip(tr("The history of changes is kept by a team's server, which "
                              "records every change as it is saved; this database keeps none."));
    }
    return action;
}

bool HistoryPanel::focusFilter()
{
    m_kind->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    AuthorityPanel::showEvent(event);
    // Changes made in the other panels since it was last shown.
    reload();
}

void HistoryPanel::reload()
{
    if (m_itemName.isEmpty())
        m_model->setAuthority(m_authority);
    else
        m_model->setItem(m_authority, m_itemTable, m_itemId);
    m_table->resizeColumnsToContents();
    const int widest = m_table->viewport()->width() / 3;
    for (int c = 0; c < ChangeHistoryModel::ChangeColumn; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), std::max(widest, 80)));
    m_table->resizeRowsToContents();
    updateNote();
}

void HistoryPanel::updateNote()
{
    const bool kept = m_model->isKept();
    const bool oneItem = !m_itemName.isEmpty();
    m_kind->setEnabled(kept && !oneItem);
    m_showAll->setVisible(oneItem);
    m_export->setEnabled(kept && m_proxy->rowCount() > 0);
    if (!kept) {
        m_note->setText(
            m_store.isOnServer()
                ? tr("This server has no audit trail yet: its administrator sets it up with "
                     "cstracker --database ADDRESS --init-server.")
                : tr("The history of changes (who changed what, and when) is kept by a team's "
                     "server, which records every change as it is saved. This file keeps "
                     "none."));
        return;
    }
    if (oneItem) {
        m_note->setText(m_proxy->rowCount() == 0
                            ? tr("No changes recorded for %1 on this server yet.").arg(m_itemName)
                            : tr("%n change(s) to %1, as the server recorded them; newest "
                                 "first.",
                                 nullptr, m_proxy->rowCount())
                                  .arg(m_itemName));
        return;
    }
    const std::optional<Authority> a = m_store.authorities().byId(m_authority);
    const QString name = a ? a->name : QString();
    m_note->setText(m_proxy->rowCount() == 0
                        ? tr("No changes recorded for %1 on this server yet.").arg(name)
                        : tr("%n change(s) to %1's inspections, plans, actions, progress updates "
                             "and figures, as the server recorded them; newest first.",
                             nullptr, m_proxy->rowCount())
                              .arg(name));
}

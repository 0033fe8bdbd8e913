#include "judgements/inspectiondialog.h"

#include "help/handbook.h"

#include "shell/problemlabel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QDate unknownDate(1990, 1, 1);

QDateEdit *dateEdit(const std::optional<QDate> &value, const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(unknownDate);
    edit->setMaximumDate(QDate(2100, 12, 31));
    // The lowest date stands for "not known", as Qt's special value text.
    edit->setSpecialValueText(QObject::tr("not known"));
    edit->setDate(value.value_or(unknownDate));
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

InspectionDialog::InspectionDialog(const InspectionRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_original(record)
    , m_framework(new QComboBox(this))
    , m_start(dateEdit(record.inspection.startDate, tr("First day on site"), this))
    , m_end(dateEdit(record.inspection.endDate, tr("Last day on site"), this))
    , m_monthOnly(new QCheckBox(tr("Only the &month is known"), this))
    , m_published(dateEdit(record.inspection.publishedOn, tr("Published"), this))
    , m_theme(new QLineEdit(record.inspection.theme, this))
    , m_summary(new QPlainTextEdit(record.inspection.summary, this))
    , m_gradesBox(new QGroupBox(tr("Grades"), this))
    , m_grades(new QFormLayout)
    , m_noGrades(new QLabel(tr("Visits are not graded."), this))
    , m_recommendationsBox(new QGroupBox(this))
    , m_recommendations(new QTableWidget(0, 2, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Handbook::setTopic(this, HandbookTopic::inspectionDialog);
    setWindowTitle(record.inspection.id ? tr("Edit Inspection") : tr("Add Inspection"));
    for (Framework f : Frameworks::all())
        m_framework->addItem(Frameworks::title(f), int(f));
    m_framework->setCurrentIndex(m_framework->findData(int(record.inspection.framework)));
    m_monthOnly->setChecked(record.inspection.precision == DatePrecision::Month);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(80);
    m_theme->setPlaceholderText(tr("For a visit: its focus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Framework:"), m_framework);
    form->addRow(tr("F&irst day on site:"), m_start);
    form->addRow(tr("&Last day on site:"), m_end);
    form->addRow(QString(), m_monthOnly);
    form->addRow(tr("&Published:"), m_published);
    form->addRow(tr("F&ocus:"), m_theme);
    form->addRow(tr("&Summary:"), m_summary);

    // Long area titles put their grade on the line below rather than squeezing the title.
    m_grades->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_grades->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *gradesLayout = new QVBoxLayout(m_gradesBox);
    gradesLayout->addWidget(m_noGrades);
    gradesLayout->addLayout(m_grades);

    m_recommendations->setHorizontalHeaderLabels({tr("No."), tr("Text")});
    m_recommendations->horizontalHeader()->setStretchLastSection(true);
    m_recommendations->verticalHeader()->hide();
    m_recommendations->setAccessibleName(tr("Recommendations"));
    m_recommendations->setTabKeyNavigation(false);
    for (const Recommendation &r : record.recommendations) {
        const int row = m_recommendations->rowCount();
        m_recommendations->insertRow(row);
        auto *number = new QTableWidgetItem(QString::number(r.number));
        number->setData(Qt::UserRole, r.id);
        m_recommendations->setItem(row, 0, number);
        m_recommendations->setItem(row, 1, new QTableWidgetItem(r.text));
    }
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *recButtons = new QHBoxLayout;
    recButtons->addWidget(add);
    recButtons->addWidget(remove);
    recButtons->addStretch(1);
    auto *recLayout = new QVBoxLayout(m_recommendationsBox);
    recLayout->addWidget(m_recommendations);
    recLayout->addLayout(recButtons);

    m_problem->setWordWrap(true);
    ProblemLabel::style(m_problem);
    m_problem->setAccessibleName(tr("Problem"));

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_gradesBox);
    left->addStretch(1);
    columns->addLayout(left, 3);
    columns->addWidget(m_recommendationsBox, 2);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &InspectionDialog::addRecommendation);
    connect(remove, &QPushButton::clicked, this, &InspectionDialog::removeRecommendation);
    connect(m_framework, &QComboBox::currentIndexChanged, this, &InspectionDialog::rebuildGrades);
    connect(m_start, &QDateEdit::dateChanged, this, &InspectionDialog::rebuildGrades);
    for (QDateEdit *e : {m_end, m_published})
        connect(e, &QDateEdit::dateChanged, this, &InspectionDialog::validate);
    connect(m_monthOnly, &QCheckBox::toggled, this, &InspectionDialog::validate);
    connect(m_recommendations, &QTableWidget::itemChanged, this, &InspectionDialog::validate);

    rebuildGrades();
    for (const Judgement &j : record.judgements)
        setGrade(j.area, j.grade);
    validate();
    resize(1000, 620);
}

std::optional<QDate> InspectionDialog::dateOf(const QDateEdit *edit) const
{
    return edit->date() == unknownDate ? std::nullopt : std::optional(edit->date());
}

void InspectionDialog::rebuildGrades()
{
    // Keep what was chosen for areas the new framework also grades.
    QHash<int, QVariant> chosen;
    for (const auto &[area, box] : m_gradeBoxes)
        chosen.insert(int(area), box->currentData());
    while (m_grades->rowCount() > 0)
        m_grades->removeRow(0);
    m_gradeBoxes.clear();

    const auto framework = Framework(m_framework->currentData().toInt());
    const QList<JudgementArea> areas =
        JudgementAreas::validFor(framework, dateOf(m_start).value_or(QDate::currentDate()));
    for (JudgementArea area : areas) {
        auto *box = new QComboBox(m_gradesBox);
        box->addItem(tr("not graded"));
        for (Grade g : Grades::all())
            box->addItem(Grades::title(g), Grades::code(g));
        box->setAccessibleName(JudgementAreas::title(area, framework));
        const int index = box->findData(chosen.value(int(area)));
        box->setCurrentIndex(std::max(0, index));
        connect(box, &QComboBox::currentIndexChanged, this, &InspectionDialog::validate);
        auto *label = new QLabel(JudgementAreas::title(area, framework), m_gradesBox);
        label->setBuddy(box);
        m_grades->addRow(label, box);
        m_gradeBoxes.append({area, box});
    }
    m_noGrades->setVisible(areas.isEmpty());
    m_recommendationsBox->setTitle(Frameworks::isGraded(framework) ? tr("Recommendations")
                                                                   : tr("Areas for improvement"));
    validate();
}

bool InspectionDialog::setGrade(JudgementArea area, std::optional<Grade> grade)
{
    for (const auto &[a, box] : std::as_const(m_gradeBoxes)) {
        if (a == area) {
            box->setCurrentIndex(grade ? box->findData(Grades::code(*grade)) : 0);
            return true;
        }
    }
    return false;
}

QList<JudgementArea> InspectionDialog::gradedAreasOffered() const
{
    QList<JudgementArea> areas;
    for (const auto &[area, box] : m_gradeBoxes)
        areas.append(area);
    return areas;
}

InspectionRecord InspectionDialog::record() const
{
    InspectionRecord r;
    r.inspection = m_original.inspection;
    Inspection &i = r.inspection;
    i.framework = Framework(m_framework->currentData().toInt());
    i.startDate = dateOf(m_start);
    i.endDate = dateOf(m_end);
    i.publishedOn = dateOf(m_published);
    i.precision = m_monthOnly->isChecked() ? DatePrecision::Month : DatePrecision::Day;
    if (i.precision == DatePrecision::Month && i.startDate) {
        i.startDate = QDate(i.startDate->year(), i.startDate->month(), 1);
        i.endDate.reset();
    }
    i.theme = m_theme->text().trimmed();
    i.summary = m_summary->toPlainText().trimmed();

    for (const auto &[area, box] : m_gradeBoxes) {
        const std::optional<Grade> g = Grades::fromCode(box->currentData().toString());
        if (!g)
            continue;
        Judgement j;
        j.inspectionId = i.id;
        j.area = area;
        j.grade = *g;
        j.areaTitle = JudgementAreas::title(area, i.framework);
        // An unchanged grade keeps the title and source it was recorded with.
        for (const Judgement &old : m_original.judgements) {
            if (old.area == area && old.grade == *g &&
                m_original.inspection.framework == i.framework) {
                j.areaTitle = old.areaTitle;
                j.sourceId = old.sourceId;
            }
        }
        r.judgements.append(j);
    }
    // A recommendation keeps its id (so actions stay linked) and source unless reworded.
    for (int row = 0; row < m_recommendations->rowCount(); ++row) {
        const QTableWidgetItem *number = m_recommendations->item(row, 0);
        const QTableWidgetItem *text = m_recommendations->item(row, 1);
        Recommendation rec;
        rec.inspectionId = i.id;
        bool ok = false;
        rec.number = number ? number->text().trimmed().toInt(&ok) : 0;
        if (!ok)
            rec.number = 0;
        rec.text = text ? text->text().trimmed() : QString();
        rec.kind = Frameworks::isGraded(i.framework) ? RecommendationKind::Recommendation
                                                     : RecommendationKind::AreaForImprovement;
        rec.id = number ? number->data(Qt::UserRole).toLongLong() : 0;
        for (const Recommendation &old : m_original.recommendations) {
            if (old.id != rec.id)
                continue;
            if (old.text == rec.text)
                rec.sourceId = old.sourceId;
            // Its life and a visit's priority are not edited here: they stay as they were.
            if (old.kind == RecommendationKind::PriorityAction &&
                !Frameworks::isGraded(i.framework))
                rec.kind = old.kind;
            rec.closedOn = old.closedOn;
            rec.closedNote = old.closedNote;
            rec.carriedForward = old.carriedForward;
        }
        r.recommendations.append(rec);
    }
    return r;
}

QString InspectionDialog::problem() const
{
    return m_problem->text();
}

void InspectionDialog::validate()
{
    const Status s = record().validate();
    m_problem->setText(s.ok() ? QString() : s.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.ok());
}

void InspectionDialog::addRecommendation()
{
    int next = 1;
    for (int row = 0; row < m_recommendations->rowCount(); ++row) {
        if (const QTableWidgetItem *item = m_recommendations->item(row, 0))
            next = std::max(next, item->text().toInt() + 1);
    }
    const int row = m_recommendations->rowCount();
    m_recommendations->insertRow(row);
    m_recommendations->setItem(row, 0, new QTableWidgetItem(QString::number(next)));
    m_recommendations->setItem(row, 1, new QTableWidgetItem(QString()));
    m_recommendations->setCurrentCell(row, 1);
    m_recommendations->editItem(m_recommendations->item(row, 1));
    validate();
}

void InspectionDialog::removeRecommendation()
{
    const int row = m_recommendations->currentRow();
    if (row >= 0)
        m_recommendations->removeRow(row);
    validate();
}

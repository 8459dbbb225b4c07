// The profile table (gui/profilemodel.h, profiledialog.h): columns, sorting by any column with
// the total row last, shares that add up, and the dialog observing a deployment.

#include <profiledialog.h>
#include <profilemodel.h>

#include <QApplication>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;

namespace {

MicroTvm::OperatorProfile sampleProfile()
{
    MicroTvm::OperatorProfile profile;
    profile.operators = {
        {QStringLiteral("dense0"), QStringLiteral("tvmgen_default_fused_nn_dense"), 60.0, 0},
        {QStringLiteral("relu"), QStringLiteral("tvmgen_default_fused_nn_relu"), 10.0, 0},
        {QStringLiteral("bias"), QStringLiteral("tvmgen_default_fused_add"), 30.0, 0},
    };
    for (MicroTvm::OperatorTime &op : profile.operators) {
        profile.totalUs += op.meanUs;
    }
    for (MicroTvm::OperatorTime &op : profile.operators)
        op.share = op.meanUs / profile.totalUs;
    return profile;
}

QStringList columnValues(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class tst_GuiProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sharesAddUpAndTheTotalRowIsLast();
    void sorting_data();
    void sorting();
    void dialogTableIsSortableAndKeyboardReachable();
};

void tst_GuiProfile::sharesAddUpAndTheTotalRowIsLast()
{
    ProfileModel model;
    QCOMPARE(model.rowCount(), 0); // nothing before a profile
    model.setProfile(sampleProfile());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ProfileModel::ColumnCount));
    double shares = 0;
    for (int row = 0; row < 3; ++row)
        shares += model.index(row, ProfileModel::Share).data(Qt::UserRole).toDouble();
    QVERIFY(qAbs(shares - 1.0) < 1e-9);
    QVERIFY(model.isTotalRow(3));
    QCOMPARE(model.index(3, ProfileModel::MeanUs).data(Qt::UserRole).toDouble(), 100.0);
    QCOMPARE(model.index(3, ProfileModel::Share).data(Qt::UserRole).toDouble(), 1.0);
    QCOMPARE(model.index(0, ProfileModel::Function).data().toString(),
             QStringLiteral("tvmgen_default_fused_nn_dense"));
    QVERIFY(model.index(0, ProfileModel::Share).data().toString().contains(QLatin1Char('%')));
    QVERIFY(!model.headerData(ProfileModel::MeanUs, Qt::Horizontal, Qt::DisplayRole)
                 .toString()
                 .isEmpty());
}

void tst_GuiProfile::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("nodes");
    const QString total = QStringLiteral("Total");
    QTest::newRow("mean, descending") << int(ProfileModel::MeanUs) << int(Qt::DescendingOrder)
                                      << QStringList{"dense0", "bias", "relu", total};
    QTest::newRow("mean, ascending") << int(ProfileModel::MeanUs) << int(Qt::AscendingOrder)
                                     << QStringList{"relu", "bias", "dense0", total};
    QTest::newRow("share, descending") << int(ProfileModel::Share) << int(Qt::DescendingOrder)
                                       << QStringList{"dense0", "bias", "relu", total};
    QTest::newRow("node, ascending") << int(ProfileModel::Node) << int(Qt::AscendingOrder)
                                     << QStringList{"bias", "dense0", "relu", total};
    QTest::newRow("node, descending") << int(ProfileModel::Node) << int(Qt::DescendingOrder)
                                      << QStringList{"relu", "dense0", "bias", total};
    QTest::newRow("function, ascending") << int(ProfileModel::Function) << int(Qt::AscendingOrder)
                                         << QStringList{"bias", "dense0", "relu", total};
}

void tst_GuiProfile::sorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, nodes);
    ProfileModel model;
    model.setProfile(sampleProfile());
    ProfileSortModel sorted;
    sorted.setSourceModel(&model);
    sorted.sort(column, Qt::SortOrder(order));
    QCOMPARE(columnValues(sorted, ProfileModel::Node), nodes);
}

void tst_GuiProfile::dialogTableIsSortableAndKeyboardReachable()
{
    ProfileDialog dialog(nullptr);
    dialog.model()->setProfile(sampleProfile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableView *view = dialog.view();
    QVERIFY(view->isSortingEnabled());
    QVERIFY(view->focusPolicy() & Qt::TabFocus);
    QVERIFY(!view->accessibleName().isEmpty());
    // Sorted by mean time, the slowest first, the total last.
    QCOMPARE(view->model()->index(0, ProfileModel::Node).data().toString(),
             QStringLiteral("dense0"));
    QCOMPARE(view->model()->index(3, ProfileModel::Node).data().toString(), QStringLiteral("Total"));
}

QTEST_MAIN(tst_GuiProfile)
#include "tst_gui_profile.moc"

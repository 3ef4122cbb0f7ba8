#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rectrack::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent) {
    auto* title = new QLabel(tr("<h1>整改台账</h1>"), this);
    auto* text =
        new QLabel(tr("这里还没有任何巡察。<br>新建一个巡察，录入反馈问题、整改措施、责任单位和整改时限；"
                      "<br>或者先载入一个虚构的示例巡察，看看台账是什么样子。"),
                   this);
    text->setAlignment(Qt::AlignCenter);
    auto* create = new QPushButton(tr("新建巡察"), this);
    auto* sample = new QPushButton(tr("载入示例数据"), this);
    create->setObjectName(QStringLiteral("welcomeNewInspectionButton"));
    sample->setObjectName(QStringLiteral("welcomeSampleButton"));
    create->setMinimumWidth(200);
    sample->setMinimumWidth(200);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newInspectionRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleDataRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(20);
    layout->addWidget(create, 0, Qt::AlignHCenter);
    layout->addWidget(sample, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace rectrack::ui

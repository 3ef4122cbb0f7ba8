#include "BulletinChanges.h"

#include "changes/Change.h"
#include "services/BulletinImport.h"

#include <QCoreApplication>

namespace rectrack::Changes {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::BulletinChanges)
};
} // namespace

ChangePtr importBulletin(ParsedBulletin bulletin, QString sourceHash) {
    const QString text = Text::tr("导入“%1”").arg(bulletin.title);
    return std::make_unique<RepositoryChange>(
        text, Operation::EditLedger,
        [bulletin = std::move(bulletin), hash = std::move(sourceHash)](Ledger& ledger, RepositoryChange&) {
            saveBulletin(ledger, bulletin, hash);
        });
}

ChangePtr updateFromBulletin(UpdatePlan plan, ParsedBulletin bulletin, QString sourceHash,
                             ConfirmedRemovals confirmed) {
    const QString text = Text::tr("用“%1”更新导入").arg(bulletin.title);
    return std::make_unique<RepositoryChange>(
        text, Operation::EditLedger,
        [plan = std::move(plan), bulletin = std::move(bulletin), hash = std::move(sourceHash),
         confirmed = std::move(confirmed)](Ledger& ledger, RepositoryChange&) {
            applyBulletinUpdate(ledger, plan, bulletin, hash, confirmed);
        });
}

} // namespace rectrack::Changes

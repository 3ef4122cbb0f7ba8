#include "PostgresDatabase.h"

#include "PostgresSchema.h"
#include "ServerRoles.h"
#include "model/Error.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlDriver>
#include <QUrlQuery>

#include <libpq-fe.h>

namespace rectrack {

bool ServerLocation::isServer(const QString& location) {
    return location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://"));
}

ServerLocation ServerLocation::parse(const QString& location) {
    const QUrl url(location, QUrl::StrictMode);
    const auto invalid = [&](const QString& why) {
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("rectrack::Database", "服务器地址“%1”不对：%2。"
                                                                       "应为 postgresql://用户名@主机:端口/数据库名")
                         .arg(location, why));
    };
    if (!url.isValid() || !isServer(location))
        throw invalid(QCoreApplication::translate("rectrack::Database", "不是 postgresql:// 开头的地址"));
    ServerLocation server;
    server.user = url.userName();
    server.password = url.password();
    server.host = url.host();
    server.port = url.port(5432);
    server.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            server.host = value;
        else if (key == u"port")
            server.port = value.toInt();
        else if (key == u"user")
            server.user = value;
        else if (key == u"sslmode" || key == u"connect_timeout" || key == u"sslrootcert" || key == u"sslcert" ||
                 key == u"sslkey" || key == u"application_name")
            server.options << key + u'=' + value;
        else
            throw invalid(QCoreApplication::translate("rectrack::Database", "不认识的选项“%1”").arg(key));
    }
    if (server.database.isEmpty() || server.database.contains(u'/'))
        throw invalid(QCoreApplication::translate("rectrack::Database", "缺少数据库名"));
    if (server.host.isEmpty())
        throw invalid(QCoreApplication::translate("rectrack::Database", "缺少主机"));
    return server;
}

QString ServerLocation::display() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(u'/');
    url.setHost(socket ? QStringLiteral("localhost") : host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    for (const QString& option : options)
        query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
    url.setQuery(query);
    return url.toString();
}

QSqlDatabase PostgresDatabase::openConnection(const QString& name, const ServerLocation& server) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    if (!server.password.isEmpty())
        db.setPassword(server.password);
    QStringList options = server.options;
    if (!std::any_of(options.begin(), options.end(), [](const QString& o) { return o.startsWith(u"connect_timeout="); }))
        options << QStringLiteral("connect_timeout=10");
    if (!std::any_of(options.begin(), options.end(), [](const QString& o) { return o.startsWith(u"application_name="); }))
        options << QStringLiteral("application_name=rectrack");
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(Error::Kind::Storage, QCoreApplication::translate("rectrack::Database", "无法连接服务器 %1：%2")
                                              .arg(server.display(), text.trimmed()));
    }
    return db;
}

namespace {
void quieten(const QSqlDatabase& db) {
    QSqlQuery quiet(db); // NOTICE lines ("extension already exists") are not for users
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    // Statements are prepared once and kept (Query); a plan for the values at hand each time, not
    // a generic one: a search word or an inspection decides whether an index pays.
    quiet.exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
}
} // namespace

std::unique_ptr<Database> PostgresDatabase::open(const QString& location, OpenMode mode) {
    static QAtomicInt counter;
    const ServerLocation server = ServerLocation::parse(location);
    const QString name = QStringLiteral("rectrack-server-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<PostgresDatabase> database(new PostgresDatabase(openConnection(name, server), server.display()));
    const QSqlDatabase& db = database->connection();
    quieten(db);
    PostgresSchema::checkCompatible(db, database->path());
    if (Schema::version(db) == 0) {
        if (mode == OpenMode::Existing)
            throw Error(Error::Kind::NotFound,
                        QCoreApplication::translate("rectrack::Database",
                                                    "服务器上的数据库 %1 还不是台账。请管理员先用 rectrack-cli --db %1 init 创建。")
                            .arg(database->path()));
        PostgresSchema::create(*database);
    }
    PostgresSchema::bringSchemaUpToDate(*database);
    PostgresSchema::bringRulesUpToDate(*database);
    return database;
}

std::optional<ServerSession> PostgresDatabase::serverSession() const {
    const QSqlDatabase& db = connection();
    ServerSession session;
    session.user = Query(db, QStringLiteral("SELECT session_user")).scalar().toString();
    session.owner = Query(db, QStringLiteral("SELECT rectrack_trusted()")).scalar().toBool();
    const QString prefix = PostgresSchema::groupPrefix(db);
    Query groups(db, QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = session_user"));
    groups.exec();
    QList<Role> roles;
    while (groups.next())
        if (const auto role = ServerRoles::roleOfGroup(prefix, groups.value(0).toString()))
            roles.append(*role);
    // the widest: an administrator's, then staff's, a reviewer's, a leader's
    for (Role role : {Role::Administrator, Role::Staff, Role::Reviewer, Role::Leader})
        if (roles.contains(role)) {
            session.role = role;
            break;
        }
    return session;
}

bool PostgresDatabase::isConnected() const {
    const QVariant handle = connection().driver()->handle();
    const PGconn* server = handle.isValid() ? *static_cast<PGconn* const*>(handle.constData()) : nullptr;
    return server && PQstatus(server) == CONNECTION_OK;
}

bool PostgresDatabase::reconnect() {
    QSqlDatabase db = connection(); // the same connection everyone holds: reopened for all
    db.close();
    Query::forgetConnection(db.connectionName()); // its prepared statements went with the old session
    if (!db.open())
        return false;
    quieten(db);
    return true;
}

PostgresDatabase::PostgresDatabase(QSqlDatabase db, QString location)
    : Database(std::move(db), std::move(location), false) {}

} // namespace rectrack

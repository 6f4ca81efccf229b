#include "CommandContext.h"

#include "Output.h"
#include "api/CaseApi.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "api/SecretStore.h"
#include "session/Credentials.h"

CommandContext::CommandContext(Options &options, Output &output, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_output(output)
    , m_connection(new ProviderConnection(this))
    , m_secrets(new SecretStore(QStringLiteral("CaseConsole"), this))
    , m_credentials(new Credentials(m_secrets, this))
    , m_repository(new RepositoryClient(m_connection->network(), this))
    , m_profile(m_connection, output)
{ }

CommandContext::~CommandContext() = default;

CaseApi *CommandContext::api() const
{
    return m_connection->api();
}

void CommandContext::done(int code)
{
    m_output.flush();
    emit finished(code);
}

void CommandContext::whenDone(ApiReply *reply, std::function<void()> onSuccess)
{
    connect(reply, &ApiReply::finished, this, [this, reply, onSuccess] {
        reply->deleteLater();
        if (reply->error().isError()) {
            done(m_output.fail(reply->error()));
            return;
        }
        onSuccess();
    });
}

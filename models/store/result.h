#pragma once

#include <QString>

#include <optional>
#include <utility>

// The outcome of something a user can get wrong: a value, or a message in plain words that
// says what is wrong and where. Asserts stay for programmer errors.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// A Result with no value: success, or a message.
class Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    // Success when `problem` is empty; otherwise a failure that says it.
    static Status ofProblem(QString problem)
    {
        return problem.isEmpty() ? Status() : failure(std::move(problem));
    }
    template <typename T> static Status of(const Result<T> &result)
    {
        return result.ok() ? Status() : failure(result.error());
    }
    // Refused because someone else saved the same row since it was read: reading it again
    // and making the change anew is the way out.
    static Status conflict(QString message)
    {
        Status s = failure(std::move(message));
        s.m_conflict = true;
        return s;
    }

    // Not known to have been saved or not: the connection to a server was lost as the
    // commit was sent. The server is asked once it answers again (Database::settleUnanswered).
    static Status unanswered(QString message)
    {
        Status s = failure(std::move(message));
        s.m_unanswered = true;
        return s;
    }

    bool ok() const { return !m_failed; }
    bool isConflict() const { return m_conflict; }
    bool isUnanswered() const { return m_unanswered; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
    bool m_conflict = false;
    bool m_unanswered = false;
};

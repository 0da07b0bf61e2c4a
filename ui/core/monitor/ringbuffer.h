#pragma once

#include <QList>
#include <QtGlobal>

namespace syncscope::monitor {

// A fixed-capacity FIFO that overwrites its oldest element when full. It keeps memory bounded
// for histories that grow for as long as the monitor runs (progress log, event log, charts).
template <typename T> class RingBuffer final
{
public:
    explicit RingBuffer(qsizetype capacity)
        : m_capacity(qMax<qsizetype>(1, capacity))
    {}

    qsizetype capacity() const { return m_capacity; }
    // Elements it has memory for now: it grows as it fills, never past capacity().
    qsizetype allocated() const { return m_items.capacity(); }
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    // How many elements were overwritten since construction or the last clear().
    quint64 droppedCount() const { return m_dropped; }

    void push(const T &item)
    {
        if (m_items.size() < m_capacity) {
            // Grown as it fills, never past the capacity: a buffer that is never filled (a
            // history of a session that has just begun) does not hold its whole capacity.
            if (m_items.size() == m_items.capacity())
                m_items.reserve(qMin(m_capacity, qMax<qsizetype>(16, 2 * m_items.size())));
            m_items.append(item);
            return;
        }
        m_items[m_head] = item;
        m_head = (m_head + 1) % m_capacity;
        ++m_dropped;
    }

    // Index 0 is the oldest element still held.
    const T &at(qsizetype index) const { return m_items.at((m_head + index) % m_items.size()); }
    T &last() { return m_items[(m_head + m_items.size() - 1) % m_items.size()]; }
    const T &last() const { return m_items.at((m_head + m_items.size() - 1) % m_items.size()); }

    QList<T> toList() const
    {
        QList<T> out;
        out.reserve(m_items.size());
        for (qsizetype i = 0; i < m_items.size(); ++i)
            out.append(at(i));
        return out;
    }

    void clear()
    {
        m_items.clear();
        m_head = 0;
        m_dropped = 0;
    }

private:
    QList<T> m_items;
    qsizetype m_capacity;
    qsizetype m_head = 0; // position of the oldest element once the buffer is full
    quint64 m_dropped = 0;
};

} // namespace syncscope::monitor

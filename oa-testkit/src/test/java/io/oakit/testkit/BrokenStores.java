package io.oakit.testkit;

import io.oakit.spi.Aggregate;
import io.oakit.spi.AggregateKind;
import io.oakit.spi.AggregateStore;
import io.oakit.spi.AuditLog;
import io.oakit.spi.DocumentNumber;
import io.oakit.spi.Index;
import io.oakit.spi.Page;
import io.oakit.spi.NumberAllocator;
import io.oakit.spi.Transactor;
import io.oakit.spi.UnitOfWork;
import io.oakit.spi.forwarding.ForwardingAggregateStore;
import io.oakit.spi.forwarding.ForwardingAuditLog;
import io.oakit.spi.forwarding.ForwardingUnitOfWork;
import io.oakit.spi.memory.InMemoryStorage;
import java.util.List;
import java.util.Optional;

/** Deliberately broken stores: the contract test kit must fail on each of them. */
final class BrokenStores {

  private BrokenStores() {}

  /** Ignores the expected version: last writer wins, updates get lost. */
  static Transactor losingUpdates() {
    InMemoryStorage real = new InMemoryStorage();
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
          @Override
          public AggregateStore aggregates() {
            AggregateStore store = u.aggregates();
            return new ForwardingAggregateStore(store) {
              @Override
              public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
                long current = store.find(kind, id).map(Aggregate::version).orElse(expectedVersion);
                return store.update(kind, id, current, payload, index);
              }
            };
          }
        }));
      }
    };
  }

  /** Hands out number 1 every time. */
  static Transactor reusingNumbers() {
    InMemoryStorage real = new InMemoryStorage();
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
          @Override
          public NumberAllocator numbers() {
            return (unit, year) -> new DocumentNumber(unit, year, 1);
          }
        }));
      }
    };
  }

  /** Keeps whatever the work did before it threw. */
  static Transactor notRollingBack() {
    return committingDespite(RuntimeException.class);
  }

  /** Commits whatever the work did when it throws a {@code type}, then rethrows it. */
  private static Transactor committingDespite(Class<? extends Throwable> type) {
    InMemoryStorage real = new InMemoryStorage();
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        Throwable[] failure = new Throwable[1];
        T result = real.inTransaction(u -> {
          try {
            return work.run(u);
          } catch (RuntimeException | Error e) {
            if (!type.isInstance(e)) {
              throw e;
            }
            failure[0] = e;
            return null;
          }
        });
        if (failure[0] instanceof RuntimeException e) {
          throw e;
        }
        if (failure[0] instanceof Error e) {
          throw e;
        }
        return result;
      }
    };
  }

  /** Whose audit log can be edited unnoticed: verify always says the chain holds. */
  static InMemoryStorage editableAuditBase() {
    return new InMemoryStorage();
  }

  static Transactor editableAudit(InMemoryStorage real) {
    return withAudit(real, log -> new ForwardingAuditLog(log) {
      @Override
      public Optional<Long> verify() {
        return Optional.empty();
      }
    });
  }

  /** A store whose audit log is seen through {@code audit}. */
  private static Transactor withAudit(InMemoryStorage real, java.util.function.UnaryOperator<AuditLog> audit) {
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
          @Override
          public AuditLog audit() {
            return audit.apply(u.audit());
          }
        }));
      }
    };
  }


  /** A store whose aggregates are seen through {@code store}: the shape of most broken stores below. */
  private static Transactor withAggregates(InMemoryStorage real, java.util.function.UnaryOperator<AggregateStore> store) {
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return real.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
          @Override
          public AggregateStore aggregates() {
            return store.apply(u.aggregates());
          }
        }));
      }
    };
  }

  /** Compares ids as many databases' default collations do: ignoring case and trailing spaces. */
  static Transactor caseInsensitiveIds() {
    java.util.function.UnaryOperator<String> fold = id -> id.strip().toLowerCase(java.util.Locale.ROOT);
    InMemoryStorage real = new InMemoryStorage();
    return withAggregates(real, store -> new ForwardingAggregateStore(store) {
      @Override
      public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
        Aggregate a = store.insert(kind, fold.apply(id), payload, index);
        return new Aggregate(kind, id, a.version(), payload, index);
      }

      @Override
      public Optional<Aggregate> find(AggregateKind kind, String id) {
        return store.find(kind, fold.apply(id));
      }

      @Override
      public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
        return store.update(kind, fold.apply(id), expectedVersion, payload, index);
      }
    });
  }

  /** Keeps payloads in a column of 65,535 characters. */
  static Transactor truncatingPayloads() {
    return rewritingPayloads(p -> p.length() > 65_535 ? p.substring(0, 65_535) : p);
  }

  /**
   * Keeps payloads in a column of 16,777,215 bytes (MySQL's MEDIUMTEXT): long enough for the
   * 65,535-character test, not for the documented limit of Chinese text (three bytes a character).
   */
  static Transactor cuttingAtSixteenMebibytes() {
    return rewritingPayloads(p -> {
      byte[] utf8 = p.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return utf8.length <= 16_777_215 ? p
          : new String(java.util.Arrays.copyOf(utf8, 16_777_215), java.nio.charset.StandardCharsets.UTF_8);
    });
  }

  /** Normalises text to Unicode NFC, as some drivers and columns do: Å (U+212B) comes back as Å (U+00C5). */
  static Transactor normalisingToNfc() {
    return rewritingStrings(text -> java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
  }

  /** Rolls back on exceptions but commits when the work throws an {@code Error}. */
  static Transactor committingOnError() {
    return committingDespite(Error.class);
  }

  /** Keeps the index an aggregate was inserted with when it is updated. */
  static Transactor staleIndexOnUpdate() {
    return withAggregates(new InMemoryStorage(), store -> new ForwardingAggregateStore(store) {
      @Override
      public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
        Index kept = store.find(kind, id).map(Aggregate::index).orElse(index);
        return store.update(kind, id, expectedVersion, payload, kept);
      }
    });
  }

  /** Answers every query from all kinds at once (one table, the kind column forgotten in the WHERE). */
  static Transactor kindBlindQueries() {
    return withAggregates(new InMemoryStorage(), store -> new ForwardingAggregateStore(store) {
      private Page<Aggregate> all(java.util.function.Function<AggregateKind, Page<Aggregate>> query) {
        List<Aggregate> items = new java.util.ArrayList<>();
        for (AggregateKind k : AggregateKind.values()) {
          items.addAll(query.apply(k).items());
        }
        return new Page<>(items, Optional.empty());
      }

      @Override
      public Page<Aggregate> openOverdue(AggregateKind kind, java.time.LocalDateTime at, Page.Request page) {
        return all(k -> store.openOverdue(k, at, page));
      }

      @Override
      public Page<Aggregate> pendingFor(AggregateKind kind, String personId, Page.Request page) {
        return all(k -> store.pendingFor(k, personId, page));
      }
    });
  }

  /** Leaves items without a due instant out of trays. */
  static Transactor droppingUndatedFromTrays() {
    return withAggregates(new InMemoryStorage(), store -> new ForwardingAggregateStore(store) {
      @Override
      public Page<Aggregate> pendingFor(AggregateKind kind, String personId, Page.Request page) {
        Page<Aggregate> p = store.pendingFor(kind, personId, page);
        return new Page<>(p.items().stream().filter(a -> a.index().dueAt().isPresent()).toList(), p.next());
      }
    });
  }

  /** Counts an item due exactly at the instant asked about as overdue ({@code <=} instead of {@code <}). */
  static Transactor inclusiveOverdue() {
    return withAggregates(new InMemoryStorage(), store -> new ForwardingAggregateStore(store) {
      @Override
      public Page<Aggregate> openOverdue(AggregateKind kind, java.time.LocalDateTime at, Page.Request page) {
        return store.openOverdue(kind, at.plusNanos(1), page);
      }
    });
  }

  /** Reads the audit log from its start whatever sequence is asked for. */
  static Transactor auditReadFromTheStart() {
    return withAudit(new InMemoryStorage(), log -> new ForwardingAuditLog(log) {
      @Override
      public List<io.oakit.spi.AuditEntry> read(long fromSequence, int limit) {
        return log.read(1, limit);
      }
    });
  }


  /** Verifies the hash chain only: a log whose end was cut off, or rewritten afresh, passes. */
  static Transactor chainOnlyAudit(InMemoryStorage real) {
    return withAudit(real, log -> new ForwardingAuditLog(log) {
      @Override
      public Optional<Long> verify() {
        return io.oakit.spi.AuditChain.firstBroken(log.read(1, Integer.MAX_VALUE));
      }

      @Override
      public Optional<Long> verify(io.oakit.spi.AuditHead known) {
        return verify();
      }
    });
  }


  /** Runs a nested transaction inside the outer one instead of refusing it. */
  static Transactor flatteningNestedTransactions() {
    InMemoryStorage real = new InMemoryStorage();
    ThreadLocal<UnitOfWork> current = new ThreadLocal<>();
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        if (current.get() != null) {
          return work.run(current.get());
        }
        return real.inTransaction(u -> {
          current.set(u);
          try {
            return work.run(u);
          } finally {
            current.remove();
          }
        });
      }
    };
  }

  /**
   * Keeps document numbers in memory, per instance: after a restart the first number is issued
   * again. {@code data} is what survives a restart.
   */
  static Transactor numbersInMemory(InMemoryStorage data) {
    java.util.Map<String, Long> counters = new java.util.concurrent.ConcurrentHashMap<>();
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        return data.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
          @Override
          public NumberAllocator numbers() {
            return (unit, year) -> new DocumentNumber(unit, year, counters.merge(unit + "|" + year, 1L, Long::sum));
          }
        }));
      }
    };
  }

  /**
   * Keeps what it read in a cache of its own instance, dropped only when this instance writes: what
   * another instance commits is not seen.
   */
  static Transactor perInstanceCache(InMemoryStorage data) {
    java.util.Map<String, Aggregate> cache = new java.util.concurrent.ConcurrentHashMap<>();
    return withAggregates(data, store -> new ForwardingAggregateStore(store) {
      @Override
      public Optional<Aggregate> find(AggregateKind kind, String id) {
        Aggregate cached = cache.get(kind + "|" + id);
        if (cached != null) {
          return Optional.of(cached);
        }
        Optional<Aggregate> read = store.find(kind, id);
        read.ifPresent(a -> cache.put(kind + "|" + id, a));
        return read;
      }

      @Override
      public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
        cache.remove(kind + "|" + id);
        return store.insert(kind, id, payload, index);
      }

      @Override
      public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
        cache.remove(kind + "|" + id);
        return store.update(kind, id, expectedVersion, payload, index);
      }
    });
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /** A store that rewrites the text of every JSON string of a payload it is given. */
  private static Transactor rewritingStrings(java.util.function.UnaryOperator<String> rewrite) {
    return rewritingPayloads(payload -> {
      try {
        return rewrite(JSON.readTree(payload), rewrite).toString();
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException(e);
      }
    });
  }

  /** A store that keeps {@code rewrite} of every payload it is given instead of the payload. */
  private static Transactor rewritingPayloads(java.util.function.UnaryOperator<String> rewrite) {
    return withAggregates(new InMemoryStorage(), store -> new ForwardingAggregateStore(store) {
      @Override
      public Aggregate insert(AggregateKind kind, String id, String payload, Index index) {
        return store.insert(kind, id, rewrite.apply(payload), index);
      }

      @Override
      public Aggregate update(AggregateKind kind, String id, long expectedVersion, String payload, Index index) {
        return store.update(kind, id, expectedVersion, rewrite.apply(payload), index);
      }
    });
  }

  private static com.fasterxml.jackson.databind.JsonNode rewrite(com.fasterxml.jackson.databind.JsonNode node,
      java.util.function.UnaryOperator<String> rewrite) {
    if (node.isTextual()) {
      return com.fasterxml.jackson.databind.node.TextNode.valueOf(rewrite.apply(node.textValue()));
    }
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      java.util.List<String> names = new java.util.ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        o.set(name, rewrite(o.get(name), rewrite));
      }
    }
    return node;
  }

  /** Strips C0 control characters but tab, line feed and carriage return (as some XML columns do). */
  static Transactor strippingControlCharacters() {
    return rewritingStrings(text -> text.replaceAll("[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
  }

  /** Keeps CRLF and LF but rewrites every other line end (CR alone, NEL, LS, PS) to LF. */
  static Transactor rewritingLineSeparators() {
    return rewritingStrings(text -> text.replaceAll("\r(?!\n)|\u0085|\u2028|\u2029", "\n"));
  }

  /** Encodes text as a driver does that replaces what UTF-8 cannot encode: a lone surrogate becomes '?'. */
  static Transactor replacingLoneSurrogates() {
    return rewritingPayloads(payload -> new String(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Pages with OFFSET: an item inserted before the cursor makes the next page repeat one. */
  static Transactor offsetPaging() {
    return withAggregates(new InMemoryStorage(), store -> new ForwardingAggregateStore(store) {
      @Override
      public Page<Aggregate> openOverdue(AggregateKind kind, java.time.LocalDateTime at, Page.Request page) {
        List<Aggregate> all = new java.util.ArrayList<>();
        for (Page.Request r = Page.Request.first(1000); ; ) {
          Page<Aggregate> p = store.openOverdue(kind, at, r);
          all.addAll(p.items());
          if (p.next().isEmpty()) {
            break;
          }
          r = r.next(p);
        }
        int offset = page.after().map(Integer::parseInt).orElse(0);
        int end = Math.min(all.size(), offset + page.size());
        return new Page<>(all.subList(Math.min(offset, end), end),
            end < all.size() ? Optional.of(Integer.toString(end)) : Optional.empty());
      }
    });
  }

  /**
   * Undoes a rolled-back transaction's audit entries by deleting from the last committed sequence
   * on ({@code >=} where {@code >} was meant): the entry before it goes too.
   */
  static Transactor auditRollbackDroppingOneMore() {
    InMemoryStorage real = new InMemoryStorage();
    return new Transactor() {
      @Override
      public <T> T inTransaction(UnitOfWork.Work<T> work) {
        boolean[] appended = new boolean[1];
        try {
          return real.inTransaction(u -> work.run(new ForwardingUnitOfWork(u) {
            @Override
            public AuditLog audit() {
              return new ForwardingAuditLog(u.audit()) {
                @Override
                public void append(io.oakit.spi.AuditEntry.Event event) {
                  appended[0] = true;
                  super.append(event);
                }
              };
            }
          }));
        } catch (RuntimeException | Error e) {
          if (appended[0]) {
            real.tamperWithAuditLog(entries -> entries.isEmpty() ? entries : entries.subList(0, entries.size() - 1));
          }
          throw e;
        }
      }
    };
  }
}

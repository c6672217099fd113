package org.chancery.secrecy.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.chancery.secrecy.AccessPolicy.Subject;
import org.chancery.secrecy.Level;
import org.chancery.secrecy.ProtectedItem;
import org.chancery.secrecy.ProtectedItems;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list benchmark, run by hand (never by the tests): {@code --benchmark-secrecy=N} registers N
 * protected items with mixed markings, compartments and scopes, then times the first page (50 items)
 * of "what this reader may see" — the access condition evaluated by the database — and its count.
 * Needs the demo organization (it reads as the demo drafter). See the README.
 */
@Component
@Order(91)
class SecrecyBenchmark implements ApplicationRunner {

	private final JdbcTemplate jdbc;
	private final EntityManager entities;
	private final TransactionTemplate tx;
	private final ApplicationContext context;
	private final java.time.Clock clock;

	SecrecyBenchmark(JdbcTemplate jdbc, EntityManager entities, PlatformTransactionManager transactions, ApplicationContext context,
			java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.entities = entities;
		this.tx = new TransactionTemplate(transactions);
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> values = args.getOptionValues("benchmark-secrecy");
		if (values == null) {
			return;
		}
		int n = Integer.parseInt(values.getFirst());
		UUID drafter = jdbc.queryForObject("select id from idn_account where username = 'drafter'", UUID.class);
		UUID person = jdbc.queryForObject("select person_id from idn_account where username = 'drafter'", UUID.class);
		UUID unit = jdbc.queryForObject("select unit_id from org_person where id = ?", UUID.class, person);
		List<UUID> units = jdbc.queryForList("select id from org_unit", UUID.class);
		long started = System.nanoTime();
		tx.executeWithoutResult(status -> insert(n, drafter, person, unit, units));
		System.out.printf(Locale.ROOT, "registered %d items in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
		// fresh statistics, as a database in service has them
		String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		if ("PostgreSQL".equals(database)) {
			jdbc.execute("analyze");
		}

		Subject reader = new Subject(drafter, person, unit, Level.SECRET, java.util.Set.of("CRYPTO"));
		long[] pages = new long[40];
		long[] counts = new long[40];
		int[] sizes = new int[1];
		long[] total = new long[1];
		for (int run = -10; run < pages.length; run++) {
			int r = run;
			tx.executeWithoutResult(status -> {
				long t0 = System.nanoTime();
				var cb = entities.getCriteriaBuilder();
				var query = cb.createQuery(ProtectedItem.class);
				var root = query.from(ProtectedItem.class);
				query.select(root).where(ProtectedItems.readable(root.get("id"), query, cb, reader)).orderBy(cb.asc(root.get("nextReview")),
						cb.asc(root.get("id")));
				sizes[0] = entities.createQuery(query).setMaxResults(50).getResultList().size();
				long t1 = System.nanoTime();
				var countQuery = cb.createQuery(Long.class);
				var countRoot = countQuery.from(ProtectedItem.class);
				countQuery.select(cb.count(countRoot)).where(ProtectedItems.readable(countRoot.get("id"), countQuery, cb, reader));
				total[0] = entities.createQuery(countQuery).getSingleResult();
				long t2 = System.nanoTime();
				if (r >= 0) {
					pages[r] = t1 - t0;
					counts[r] = t2 - t1;
				}
			});
		}
		Arrays.sort(pages);
		Arrays.sort(counts);
		long registered = jdbc.queryForObject("select count(*) from sec_item", Long.class);
		System.out.printf(Locale.ROOT, "first page of %d readable items (of %d registered, %d readable): median %.1f ms, p95 %.1f ms%n",
				sizes[0], registered, total[0], pages[pages.length / 2] / 1e6, pages[(int) (pages.length * 0.95)] / 1e6);
		System.out.printf(Locale.ROOT, "count of readable items: median %.1f ms, p95 %.1f ms%n", counts[counts.length / 2] / 1e6,
				counts[(int) (counts.length * 0.95)] / 1e6);
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 0));
	}

	/** Items with the level mix of a real office: mostly 秘密, fewer 机密, few 绝密, some open or internal. */
	private void insert(int n, UUID account, UUID person, UUID unit, List<UUID> units) {
		Random random = new Random(7);
		String[] markings = { "", "秘密★10年", "秘密★10年", "秘密★5年", "机密★20年", "机密★10年", "绝密★30年" };
		List<Object[]> items = new ArrayList<>();
		List<Object[]> scopes = new ArrayList<>();
		List<Object[]> compartments = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < n; i++) {
			UUID id = UUID.randomUUID();
			String marking = markings[random.nextInt(markings.length)];
			Level level = marking.isEmpty() ? Level.UNCLASSIFIED : Level.ofChinese(marking.substring(0, 2)).orElseThrow();
			UUID itemUnit = units.get(random.nextInt(units.size()));
			items.add(new Object[] { id, "benchmark", level.name(), level.ordinal(), marking, Date.valueOf(today), "benchmark", false,
					null, itemUnit, "CLASSIFIED", account, Date.valueOf(today.plusDays(random.nextInt(365))) });
			if (level.needsNamedScope() || random.nextInt(3) == 0) {
				scopes.add(new Object[] { UUID.randomUUID(), id, random.nextInt(4) == 0 ? person : null, random.nextBoolean() ? unit : itemUnit });
			}
			if (random.nextInt(10) == 0) {
				compartments.add(new Object[] { id, random.nextBoolean() ? "CRYPTO" : "NUC" });
			}
		}
		jdbc.batchUpdate("insert into sec_item (id, item_type, level, level_rank, marking, runs_from, authority, extended, declassifies_on, unit_id, "
				+ "state, proposed_by, next_review, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,0)", items);
		jdbc.batchUpdate("insert into sec_item_scope (id, item_id, person_id, unit_id, added_at) values (?,?,?,?,current_timestamp)", scopes);
		jdbc.batchUpdate("insert into sec_item_compartment (item_id, code) values (?,?)", compartments);
	}
}

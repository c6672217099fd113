package org.chancery.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.ChanceryApplication;
import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.organization.Organization;
import org.chancery.secrecy.Level;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The incoming registry benchmark, run by hand (never by the tests): {@code bin/benchmark-incoming}.
 * Starts Chancery without a web server on a fresh H2 database (or the database given as
 * {@code --spring.datasource.url=…}), generates {@code -Drows=} incoming documents (default 1,000,000;
 * about 5% classified, entered in the secrecy register with a scope), then runs the first page (20
 * rows) of filtered registry queries through the service — access policy included — as an office
 * clerk and as a person of a unit, and prints p50/p95/p99 per filter and overall. {@code -Dreuse=true} queries the
 * documents a previous run left in the database instead of generating more.
 */
final class IncomingBenchmark {

	private IncomingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("chancery-inbench");
		List<String> arguments = new ArrayList<>(List.of(args));
		arguments.add("--chancery.data-dir=" + data);
		int rows = Integer.getInteger("rows", 1_000_000);
		int queries = Integer.getInteger("queries", 100);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ChanceryApplication.class).web(WebApplicationType.NONE)
			.properties("logging.level.root=WARN", "chancery.demo.enabled=true", "spring.main.banner-mode=off")
			.run(arguments.toArray(String[]::new))) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			System.out.println("database: " + jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
			Generator generator = new Generator(context, rows);
			Integer existing = jdbc.queryForObject("select count(*) from doc_incoming", Integer.class);
			if (Boolean.getBoolean("reuse") && existing != null && existing >= rows) {
				System.out.printf(Locale.ROOT, "reusing the %,d incoming documents already in the database (-Dreuse=true)%n", existing);
			}
			else {
				long t0 = System.nanoTime();
				generator.generate();
				System.out.printf(Locale.ROOT, "generated %,d incoming documents (%,d classified) in %.0f s%n", rows, generator.classified,
						(System.nanoTime() - t0) / 1e9);
			}
			new Queries(context, generator).run(queries);
		}
	}

	static final String[] STATES = { "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE",
			"DONE", "DONE", "HANDLING", "REGISTERED", "ARRIVED", "RETURNED" };

	static final class Generator {

		final JdbcTemplate jdbc;
		final TransactionTemplate tx;
		final Organization organization;
		final AccountAdministration accounts;
		final int rows;
		final List<UUID> units;
		final List<String> senders = new ArrayList<>();
		final UUID clerkAccount;
		final Instant now = Instant.now();
		int classified;

		Generator(ConfigurableApplicationContext c, int rows) {
			jdbc = c.getBean(JdbcTemplate.class);
			tx = c.getBean(TransactionTemplate.class);
			organization = c.getBean(Organization.class);
			accounts = c.getBean(AccountAdministration.class);
			this.rows = rows;
			units = organization.units().stream().map(u -> u.id()).toList();
			for (int i = 0; i < 200; i++) {
				senders.add("来文机关" + i);
			}
			clerkAccount = SignInTestsAccess.account(accounts, "confclerk").id();
		}

		void generate() {
			Random random = new Random(42);
			int batch = 5_000;
			UUID msj = organization.unitByCode("MSJ").orElseThrow().id();
			for (int start = 0; start < rows; start += batch) {
				List<Object[]> docs = new ArrayList<>(batch);
				List<Object[]> items = new ArrayList<>();
				List<Object[]> scopes = new ArrayList<>();
				for (int i = start; i < Math.min(rows, start + batch); i++) {
					UUID id = UUID.randomUUID();
					Instant arrived = now.minusSeconds(random.nextLong(3L * 365 * 86_400));
					LocalDate day = arrived.atZone(java.time.ZoneOffset.UTC).toLocalDate();
					String state = STATES[random.nextInt(STATES.length)];
					int u = random.nextInt(100);
					String urgency = u < 80 ? "NORMAL" : u < 95 ? "URGENT" : "EXTRA_URGENT";
					int l = random.nextInt(1000);
					Level level = l < 950 ? Level.UNCLASSIFIED : l < 980 ? Level.CONFIDENTIAL : l < 995 ? Level.SECRET : Level.TOP_SECRET;
					UUID unit = units.get(random.nextInt(units.size()));
					boolean registered = !state.equals("ARRIVED");
					LocalDate deadline = random.nextInt(10) < 3 ? day.plusDays(5 + random.nextInt(30)) : null;
					String marking = level == Level.UNCLASSIFIED ? null : level.chinese() + "★10年";
					docs.add(new Object[] { id, "UPLOAD", unit, senders.get(random.nextInt(senders.size())), "来文〔" + day.getYear() + "〕" + i + "号",
							"关于第" + i + "项工作的" + (random.nextBoolean() ? "请示" : "函"), urgency, marking, level.ordinal(),
							level == Level.UNCLASSIFIED ? null : "%06d".formatted(1 + random.nextInt(999)), Date.valueOf(day), state,
							registered ? day.getYear() : null, registered ? i + 1 : null, registered ? "收文〔" + day.getYear() + "〕" + (i + 1) + "号" : null,
							Timestamp.from(arrived), deadline == null ? null : Date.valueOf(deadline) });
					if (level != Level.UNCLASSIFIED) {
						classified++;
						items.add(new Object[] { id, "incoming", level.name(), level.ordinal(), marking, Date.valueOf(day), "来文机关", unit, clerkAccount,
								Date.valueOf(day.plusYears(1)) });
						scopes.add(new Object[] { UUID.randomUUID(), id, unit, Timestamp.from(arrived) });
						scopes.add(new Object[] { UUID.randomUUID(), id, msj, Timestamp.from(arrived) });
					}
				}
				tx.executeWithoutResult(s -> {
					jdbc.batchUpdate("insert into doc_incoming (id, source, receiving_unit_id, sender_name, sender_reference, title, urgency, marking,"
							+ " level_rank, copy_number, issued_on, state, reg_year, reg_serial, registration_number, arrived_at, deadline, chase_count,"
							+ " file_sealed, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,false,0)", docs);
					if (!items.isEmpty()) {
						jdbc.batchUpdate("insert into sec_item (id, item_type, level, level_rank, marking, runs_from, authority, extended, unit_id, state,"
								+ " proposed_by, next_review, version) values (?,?,?,?,?,?,?,true,?,'CLASSIFIED',?,?,0)", items);
						jdbc.batchUpdate("insert into sec_item_scope (id, item_id, unit_id, added_at) values (?,?,?,?)", scopes);
					}
				});
			}
			jdbc.execute("analyze");
		}
	}

	static final class Queries {

		final IncomingRegistry registry;
		final AccountAdministration accounts;
		final Generator g;
		final Map<String, org.springframework.security.core.context.SecurityContext> sessions = new java.util.HashMap<>();

		Queries(ConfigurableApplicationContext c, Generator g) {
			registry = c.getBean(IncomingRegistry.class);
			accounts = c.getBean(AccountAdministration.class);
			this.g = g;
		}

		<T> T as(String username, Supplier<T> action) {
			return SignInTestsAccess.in(sessions.computeIfAbsent(username, u -> SignInTestsAccess.signedIn(accounts, u)), action);
		}

		void run(int perFilter) {
			Random random = new Random(7);
			LocalDate today = LocalDate.now();
			Map<String, Supplier<IncomingRegistry.Filter>> filters = new LinkedHashMap<>();
			filters.put("none, newest first", () -> IncomingRegistry.Filter.none());
			filters.put("state", () -> new IncomingRegistry.Filter(IncomingDocument.State.valueOf(STATES[random.nextInt(STATES.length)]), null, null, null,
					null, null, false, null));
			filters.put("urgency + state", () -> new IncomingRegistry.Filter(IncomingDocument.State.HANDLING, Urgency.EXTRA_URGENT, null, null, null, null,
					false, null));
			filters.put("marking 机密", () -> new IncomingRegistry.Filter(null, null, Level.SECRET, null, null, null, false, null));
			filters.put("sending organ", () -> new IncomingRegistry.Filter(null, null, null, g.senders.get(random.nextInt(g.senders.size())), null, null,
					false, null));
			filters.put("arrival dates (one month)", () -> {
				LocalDate from = today.minusDays(random.nextInt(1000));
				return new IncomingRegistry.Filter(null, null, null, null, from, from.plusDays(30), false, null);
			});
			filters.put("overdue", () -> new IncomingRegistry.Filter(null, null, null, null, null, null, true, null));
			filters.put("sender + dates + urgency", () -> {
				LocalDate from = today.minusDays(random.nextInt(900));
				return new IncomingRegistry.Filter(null, Urgency.URGENT, null, g.senders.get(random.nextInt(g.senders.size())), from, from.plusDays(180),
						false, null);
			});
			for (String user : List.of("confclerk", "drafter")) {
				List<Double> all = new ArrayList<>();
				System.out.printf(Locale.ROOT, "first page (20 rows) of the registry as %s (%s):%n", user,
						user.equals("confclerk") ? "office, 绝密 clearance: the secrecy rule only" : "a unit's person: unit, assignments, circulations + secrecy");
				for (var f : filters.entrySet()) {
					IncomingRegistry.Sort sort = f.getKey().equals("overdue") ? IncomingRegistry.Sort.DEADLINE : IncomingRegistry.Sort.NEWEST;
					for (int i = 0; i < 20; i++) {
						as(user, () -> registry.find(f.getValue().get(), sort, 0, 20));
					}
					double[] ms = new double[perFilter];
					int found = 0;
					for (int i = 0; i < perFilter; i++) {
						IncomingRegistry.Filter filter = f.getValue().get();
						long t0 = System.nanoTime();
						found += as(user, () -> registry.find(filter, sort, 0, 20)).items().size();
						ms[i] = (System.nanoTime() - t0) / 1e6;
						all.add(ms[i]);
					}
					Arrays.sort(ms);
					System.out.printf(Locale.ROOT, "  %-28s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%.1f rows per page)%n", f.getKey(), pct(ms, 50),
							pct(ms, 95), pct(ms, 99), found / (double) perFilter);
				}
				double[] ms = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
				System.out.printf(Locale.ROOT, "  %-28s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", "all filters", pct(ms, 50), pct(ms, 95), pct(ms, 99));
			}
		}

		static double pct(double[] sorted, int p) {
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
		}
	}
}

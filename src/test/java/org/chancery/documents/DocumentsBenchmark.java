package org.chancery.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chancery.ChanceryApplication;
import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.organization.Organization;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents benchmark, run by hand (never by the tests): {@code bin/benchmark-documents}. Starts
 * Chancery without a web server on a fresh H2 database (or the database given as
 * {@code --spring.datasource.url=…}), then prints: approval steps per second through the services and
 * the same user tasks on the bare engine; reference numbers per second under contention; GB/T 9704
 * drawings per second of a three-page classified document on one thread, against LibreOffice converting
 * an equivalent DOCX when {@code soffice} is installed; and one dispatch to 3,000 recipients.
 */
final class DocumentsBenchmark {

	private DocumentsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("chancery-docbench");
		List<String> arguments = new ArrayList<>(List.of(args));
		arguments.add("--chancery.data-dir=" + data);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ChanceryApplication.class).web(WebApplicationType.NONE)
			.properties("logging.level.root=WARN", "chancery.demo.enabled=true", "spring.main.banner-mode=off")
			.run(arguments.toArray(String[]::new))) {
			Bench bench = new Bench(context);
			System.out.println("database: " + bench.jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
			String parts = System.getProperty("parts", "routing,numbering,layout,dispatch");
			if (parts.contains("routing")) {
				bench.routing(200, 1);
				bench.routing(400, Integer.getInteger("threads", 4));
			}
			if (parts.contains("numbering")) {
				bench.numbering(5000, 16);
			}
			if (parts.contains("layout")) {
				bench.layout(200);
			}
			if (parts.contains("dispatch")) {
				bench.dispatch(3000);
			}
		}
	}

	private static final class Bench {

		final Drafting drafting;
		final Routing routing;
		final Dispatching dispatching;
		final Numbering numbering;
		final AccountAdministration accounts;
		final Organization organization;
		final RuntimeService runtime;
		final TaskService tasks;
		final JdbcTemplate jdbc;
		final TransactionTemplate tx;

		Bench(ConfigurableApplicationContext c) {
			drafting = c.getBean(Drafting.class);
			routing = c.getBean(Routing.class);
			dispatching = c.getBean(Dispatching.class);
			numbering = c.getBean(Numbering.class);
			accounts = c.getBean(AccountAdministration.class);
			organization = c.getBean(Organization.class);
			runtime = c.getBean(RuntimeService.class);
			tasks = c.getBean(TaskService.class);
			jdbc = c.getBean(JdbcTemplate.class);
			tx = c.getBean(TransactionTemplate.class);
		}

		final Map<String, org.springframework.security.core.context.SecurityContext> sessions = new java.util.concurrent.ConcurrentHashMap<>();

		/** Runs as the user, signed in once (as the requests of one session are). */
		<T> T as(String username, Supplier<T> action) {
			return SignInTestsAccess.in(sessions.computeIfAbsent(username, u -> SignInTestsAccess.signedIn(accounts, u)), action);
		}

		UUID unit(String code) {
			return organization.unitByCode(code).orElseThrow().id();
		}

		Drafting.Draft draft(List<Addressee> copies) {
			return new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, unit("DYS"), "中共中央办公厅调研室关于做好年度调研工作的通知", null, null,
					false, null, "一、总体要求\n各单位要高度重视。", null, null, List.of(new Addressee(Party.Kind.UNIT, unit("MSJ"))), copies,
					List.of(unit("MSJ")), List.of(organization.personByStaffNumber("D0001").orElseThrow().id()), null, null, null);
		}

		/**
		 * Four approval steps per document (countersign, review, sign-off, re-check) through the services,
		 * and the same user tasks completed on the bare engine, in alternating rounds so that both see the
		 * same JIT and database state; after a warm-up, the rounds' totals are compared. With several
		 * threads, each works through its own share of the documents (as several users do at once), on
		 * both sides.
		 */
		void routing(int documents, int threads) throws Exception {
			String unit = unit("MSJ").toString();
			String signer = organization.personByStaffNumber("D0001").orElseThrow().id().toString();
			int rounds = 5;
			int perRound = documents / rounds;
			double service = 0;
			double engine = 0;
			for (int round = -1; round < rounds; round++) {
				List<UUID> ids = new ArrayList<>();
				List<String> instances = new ArrayList<>();
				for (int i = 0; i < perRound; i++) {
					OutgoingDocument d = as("drafter", () -> drafting.create(draft(List.of())));
					as("drafter", () -> routing.submit(d.id()));
					ids.add(d.id());
					Map<String, Object> vars = new HashMap<>(Map.of("countersignUnits", new ArrayList<>(List.of(unit)), "signers",
							new ArrayList<>(List.of(signer)), "countersignRefused", false, "signRefused", false, "classified", false, "drafter", "x",
							"documentId", UUID.randomUUID().toString(), "stepDue", new java.util.Date()));
					instances.add(runtime.startProcessInstanceByKey(Routing.PROCESS, UUID.randomUUID().toString(), vars).getId());
				}
				long t0 = System.nanoTime();
				inParallel(threads, ids, this::approve);
				long t1 = System.nanoTime();
				inParallel(threads, instances, this::bare);
				long t2 = System.nanoTime();
				if (round >= 0) {
					service += (t1 - t0) / 1e9;
					engine += (t2 - t1) / 1e9;
				}
			}
			int steps = rounds * perRound * 4;
			System.out.printf(Locale.ROOT, "approval steps through the services, %d thread(s): %d steps in %.2f s = %.0f steps/s%n", threads, steps, service,
					steps / service);
			System.out.printf(Locale.ROOT, "the same user tasks on the bare engine: %.2f s = %.0f steps/s; ratio %.2f%n", engine, steps / engine,
					service / engine);
		}

		/** Splits the items into one share per thread and waits for all of them; a failure fails the run. */
		<T> void inParallel(int threads, List<T> items, java.util.function.Consumer<List<T>> work) throws Exception {
			if (threads == 1) {
				work.accept(items);
				return;
			}
			List<Future<?>> done = new ArrayList<>();
			try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
				int share = (items.size() + threads - 1) / threads;
				for (int from = 0; from < items.size(); from += share) {
					List<T> part = items.subList(from, Math.min(items.size(), from + share));
					done.add(pool.submit(() -> work.accept(part)));
				}
				for (Future<?> f : done) {
					f.get();
				}
			}
		}

		void approve(List<UUID> ids) {
			for (UUID id : ids) {
				as("director", () -> routing.countersign(id, new Routing.Countersign(true, "同意")));
				as("director", () -> routing.review(id, new Routing.Review(true, "请审签", null)));
				as("leader", () -> routing.signOff(id, new Routing.SignOff(true, "同意")));
				as("director", () -> routing.recheck(id, new Routing.Recheck(null)));
			}
		}

		void bare(List<String> instances) {
			for (String pid : instances) {
				for (Object[] step : new Object[][] { { "countersign", Map.of("countersignRefused", false) }, { "review", Map.of("reviewOutcome", "SIGN") },
						{ "signOff", Map.of("signRefused", false) }, { "recheck", Map.of("recheckOutcome", "OK") } }) {
					tx.executeWithoutResult(s -> {
						var task = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey((String) step[0]).singleResult();
						@SuppressWarnings("unchecked")
						Map<String, Object> vars = new HashMap<>((Map<String, Object>) step[1]);
						vars.put("stepDue", new java.util.Date());
						tasks.complete(task.getId(), vars);
					});
				}
			}
		}

		void numbering(int registrations, int threads) throws Exception {
			String code = "基准发";
			for (int i = 0; i < 200; i++) {
				tx.execute(s -> numbering.next("预热发", 2026, false));
			}
			long t0 = System.nanoTime();
			List<Future<Integer>> results = new ArrayList<>();
			try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
				for (int i = 0; i < registrations; i++) {
					results.add(pool.submit(() -> tx.execute(s -> numbering.next(code, 2026, false).sequence())));
				}
				int[] seen = new int[registrations];
				for (Future<Integer> f : results) {
					seen[f.get() - 1]++;
				}
				if (Arrays.stream(seen).anyMatch(n -> n != 1)) {
					throw new IllegalStateException("a number was given twice or not at all");
				}
			}
			double s = (System.nanoTime() - t0) / 1e9;
			System.out.printf(Locale.ROOT, "reference numbers: %d registrations on one code from %d threads in %.2f s = %.0f/s, gapless and unique%n",
					registrations, threads, s, registrations / s);
		}

		void layout(int documents) throws Exception {
			Typesetting typesetting = LayoutSamples.typesetting();
			Sheet sheet = threePages();
			byte[] sample = typesetting.render(sheet);
			int pages = new PdfReadBack(sample).pages;
			for (int i = 0; i < 30; i++) {
				typesetting.render(sheet);
			}
			long t0 = System.nanoTime();
			for (int i = 0; i < documents; i++) {
				typesetting.render(sheet);
			}
			double s = (System.nanoTime() - t0) / 1e9;
			double perDoc = s / documents;
			System.out.printf(Locale.ROOT, "GB/T 9704 drawing, %d-page classified document, one thread: %.1f ms each = %.0f documents/s%n", pages,
					perDoc * 1000, documents / s);
			libreOffice(sheet, perDoc);
		}

		/** A classified notice with headings and paragraphs that fills three pages. */
		Sheet threePages() {
			return new Sheet(DocumentType.Layout.STANDARD, "000001", "机密★5年", "加急", List.of("中共中央办公厅文件"), "", "中办发〔2026〕9号", List.of(),
					"中共中央办公厅关于做好年度重点工作的通知", "调研室，秘书局，法规局，机要局", LayoutSamples.body(9), List.of(), List.of("中共中央办公厅"),
					LayoutSamples.DAY, true, null, null, null, List.of("中央委员会"), "中共中央办公厅秘书局", LayoutSamples.DAY);
		}

		/**
		 * LibreOffice converting an equivalent DOCX: as the command is usually run, one document per
		 * invocation (start-up included), and ten documents in one invocation (start-up shared).
		 */
		void libreOffice(Sheet sheet, double ours) throws Exception {
			Path dir = Files.createTempDirectory("chancery-lo");
			int n = 10;
			for (int i = 0; i < n; i++) {
				Files.write(dir.resolve("doc" + i + ".docx"), docx(sheet));
			}
			try {
				double single = 0;
				int singles = 3;
				for (int i = 0; i < singles; i++) {
					single += convert(dir, List.of(dir.resolve("doc" + i + ".docx").toString()));
				}
				single /= singles;
				List<String> all = new ArrayList<>();
				for (int i = 0; i < n; i++) {
					all.add(dir.resolve("doc" + i + ".docx").toString());
				}
				double batch = convert(dir, all) / n;
				long made = Files.list(dir.resolve("out")).count();
				System.out.printf(Locale.ROOT, "LibreOffice --headless --convert-to pdf of the equivalent DOCX (%d PDFs made): one document per run %.0f ms "
						+ "(Chancery %.0f× faster); ten in one run %.0f ms each (Chancery %.1f× faster)%n", made, single * 1000, single / ours, batch * 1000,
						batch / ours);
			}
			catch (java.io.IOException notInstalled) {
				System.out.println("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui to compare");
			}
		}

		static double convert(Path dir, List<String> files) throws Exception {
			List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("out").toString()));
			command.addAll(files);
			long t0 = System.nanoTime();
			Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
			p.waitFor();
			return (System.nanoTime() - t0) / 1e9;
		}

		/** A minimal DOCX (WordprocessingML) with the same texts, one paragraph each. */
		static byte[] docx(Sheet sheet) throws Exception {
			StringBuilder body = new StringBuilder();
			List<String> texts = new ArrayList<>(List.of(sheet.copyNumber(), sheet.marking(), sheet.urgency(), sheet.organs().getFirst(),
					sheet.referenceNumber(), sheet.title(), sheet.mainRecipients() + "："));
			sheet.body().blocks().forEach(b -> texts.add(b.text()));
			texts.addAll(List.of(sheet.organNames().getFirst(), Sheet.date(sheet.writtenOn()), "抄送：" + String.join("，", sheet.copiedTo()) + "。",
					sheet.printingOrgan() + "　" + Sheet.date(sheet.printedOn()) + "印发"));
			for (String t : texts) {
				body.append("<w:p><w:r><w:rPr><w:rFonts w:eastAsia=\"FangSong\"/><w:sz w:val=\"32\"/></w:rPr><w:t>").append(t).append("</w:t></w:r></w:p>");
			}
			String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
					+ body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\"/></w:sectPr></w:body></w:document>";
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
						+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
				entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
				entry(zip, "word/document.xml", document);
			}
			return out.toByteArray();
		}

		static void entry(ZipOutputStream zip, String name, String text) throws Exception {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(text.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		/** One document to 3,000 external organs (created for the run) and one internal unit, dispatched in one call. */
		void dispatch(int recipients) {
			List<Object[]> organs = new ArrayList<>();
			List<Addressee> copies = new ArrayList<>();
			for (int i = 0; i < recipients - 1; i++) {
				UUID id = UUID.randomUUID();
				organs.add(new Object[] { id, "B" + i, "基准机关" + i, "OTHER" });
				copies.add(new Addressee(Party.Kind.EXTERNAL, id));
			}
			jdbc.batchUpdate("insert into org_external_organ (id, code, name_zh, kind, active, version) values (?,?,?,?,true,0)", organs);
			OutgoingDocument doc = as("drafter", () -> drafting.create(draft(copies)));
			as("drafter", () -> routing.submit(doc.id()));
			approve(List.of(doc.id()));
			as("clerk", () -> routing.register(doc.id(), new Routing.Registration(1)));
			as("clerk", () -> routing.print(doc.id()));
			long t0 = System.nanoTime();
			List<Delivery> sent = as("clerk", () -> dispatching.dispatch(doc.id(), new Dispatching.DispatchRequest(null)));
			double s = (System.nanoTime() - t0) / 1e9;
			System.out.printf(Locale.ROOT, "dispatch of one document to %d recipients with their receipt records: %.2f s%n", sent.size(), s);
		}
	}

}

package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up the service user may not read (a shared folder's permissions) beside good ones, run as a real server
 * runs the job: as a user without root's power to read anything. Under root the test drops that power with
 * {@code setpriv}, so the file's mode 000 is enforced as it is for a service user.
 */
@Tag("slow")
class UnreadableFileTests {

	@TempDir
	Path root;

	@Test
	void aFileTheServiceUserMayNotReadIsRejectedAndTheOthersAreRead() throws Exception {
		Path inbox = Files.createDirectories(root.resolve("inkorg"));
		Files.writeString(inbox.resolve("sn.csv"), "Socialnämnden helår 2025\nKontrollmoment;Status\nAttest;Ja\n",
				StandardCharsets.UTF_8);
		Path locked = Files.writeString(inbox.resolve("kn.csv"),
				"Kulturnämnden helår 2025\nKontrollmoment;Status\nAttest;Ja\n", StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Path log = root.resolve("run.log");

		Process run = ChildRun.startAs(withoutRootPowers(), "jdbc:h2:file:" + root.resolve("db").resolve("ik"), root,
				log);

		assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(run.exitValue()).as(Files.readString(log)).isZero();
		assertThat(inbox.resolve("sn.csv")).doesNotExist();
		assertThat(inbox.resolve("avvisade").resolve("kn.csv")).exists();
		assertThat(Files.readString(inbox.resolve("avvisade").resolve("kn.csv.fel.txt"))).contains("\r\nVad är fel?\r\n"
				+ "Sammanställningen har inte behörighet att läsa filen.\r\n\r\nVad kan du göra?\r\nBe IT-driften ge "
				+ "tjänstekontot som kör sammanställningen läsrätt till inkorgens filer och lägg sedan filen i inkorgen "
				+ "igen.\r\n\r\n");
		assertThat(Files.readAllLines(root.resolve("ut").resolve("inlamningar.csv"))).anySatisfy(
				line -> assertThat(line).startsWith("kn.csv;;;;AVVISAD;0;Sammanställningen har inte behörighet"))
			.anySatisfy(line -> assertThat(line).startsWith("sn.csv;Socialnämnden;2025;Helår;INLAST;1;"));
	}

	private static List<String> withoutRootPowers() throws IOException {
		boolean root = "root".equals(System.getProperty("user.name"));
		return root ? List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search") : List.of();
	}
}

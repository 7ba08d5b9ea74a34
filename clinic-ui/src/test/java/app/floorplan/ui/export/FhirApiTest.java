package app.floorplan.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.identity.Role;
import app.floorplan.export.fhir.FhirRecordBundleWriter;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The staff FHIR API over real HTTP with the real login: a PT of the clinic gets the bundle (and the export is
 * audited), a patient, the admin and a PT of another clinic are refused (and the refusal is audited), nobody logged in
 * gets 401.
 */
@FloorPlanServerTest
class FhirApiTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void a_pt_of_her_clinic_gets_her_record_as_a_fhir_bundle_and_the_export_is_audited() throws Exception {
        UUID anna = patientOf(DemoClinic.PATIENT_ANNA);
        long exportsBefore = audited("RECORD_EXPORTED", anna);
        logIn(DemoClinic.PT);

        HttpResponse<String> response = get("/api/fhir/Patient/" + anna + "/$everything");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        Bundle bundle = FhirRecordBundleWriter.context().newJsonParser().parseResource(Bundle.class, response.body());
        Patient patient = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast)
                .findFirst()
                .orElseThrow();
        // the parser takes the id from the entry's urn:uuid address; FloorPlan's id is also the identifier
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(anna.toString());
        assertThat(audited("RECORD_EXPORTED", anna)).isEqualTo(exportsBefore + 1);
    }

    @Test
    void the_patient_herself_and_the_admin_are_refused_and_the_refusal_is_audited() throws Exception {
        UUID anna = patientOf(DemoClinic.PATIENT_ANNA);
        for (DemoLogin login : new DemoLogin[] {DemoClinic.PATIENT_ANNA, DemoClinic.ADMIN}) {
            long deniedBefore = audited("ACCESS_DENIED", anna);
            logIn(login);

            HttpResponse<String> response = get("/api/fhir/Patient/" + anna + "/$everything");

            assertThat(response.statusCode()).as(login.username()).isEqualTo(403);
            assertThat(response.body()).contains("OperationOutcome").doesNotContain("Anna");
            assertThat(audited("ACCESS_DENIED", anna)).as(login.username()).isEqualTo(deniedBefore + 1);
            client.cookieHandler()
                    .ifPresent(handler ->
                            ((CookieManager) handler).getCookieStore().removeAll());
        }
    }

    @Test
    void a_pt_of_another_clinic_is_refused_and_the_refusal_is_audited() throws Exception {
        UUID anna = patientOf(DemoClinic.PATIENT_ANNA);
        long deniedBefore = audited("ACCESS_DENIED", anna);
        logIn(ptOfAnotherClinic());

        HttpResponse<String> response = get("/api/fhir/Patient/" + anna + "/$everything");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("OperationOutcome").doesNotContain("Anna");
        assertThat(audited("ACCESS_DENIED", anna)).isEqualTo(deniedBefore + 1);
    }

    @Test
    void an_unknown_patient_reads_as_refused_and_an_address_that_is_no_id_as_not_found() throws Exception {
        logIn(DemoClinic.PT);

        assertThat(get("/api/fhir/Patient/" + UUID.randomUUID() + "/$everything")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/fhir/Patient/not-an-id/$everything").statusCode()).isEqualTo(404);
    }

    @Test
    void without_a_login_the_api_answers_401_instead_of_a_login_page() throws Exception {
        HttpResponse<String> response = get("/api/fhir/Patient/" + patientOf(DemoClinic.PATIENT_ANNA) + "/$everything");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private long audited(String action, UUID patient) {
        return jdbc.sql("select count(*) from audit_event where action = ? and patient_id = ?")
                .params(action, patient)
                .query(Long.class)
                .single();
    }

    /** A PT with a real password in a second clinic, created once per database. */
    private DemoLogin ptOfAnotherClinic() {
        var pt = new DemoLogin("fhir-api-other-pt", "Second-Clinic-Harbour-Walk-26", Role.PT, "Other Clinic PT");
        boolean exists = jdbc.sql("select count(*) from account where username = ?")
                        .param(pt.username())
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            UUID clinic = UUID.randomUUID();
            jdbc.sql("insert into clinic (id, name) values (?, ?)")
                    .params(clinic, "FHIR API Second Clinic")
                    .update();
            jdbc.sql("""
                            insert into account (id, clinic_id, username, display_name, role, password_hash)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            clinic,
                            pt.username(),
                            pt.displayName(),
                            pt.role().name(),
                            encoder.encode(pt.password()))
                    .update();
        }
        return pt;
    }

    private UUID patientOf(DemoLogin login) {
        return jdbc.sql("select patient_id from account where username = ?")
                .param(login.username())
                .query(UUID.class)
                .single();
    }

    private void logIn(DemoLogin login) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + encode(login.username()) + "&password=" + encode(login.password()) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> loggedIn = client.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

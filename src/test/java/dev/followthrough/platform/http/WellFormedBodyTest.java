package dev.followthrough.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellFormedBodyTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    @Test
    void slacksOwnShapesAreWellFormed() {
        assertThat(WellFormedBody.problemWith(FORM, "command=%2Fpromise&text=send+the+deck+%E2%9C%85&ssl_check="))
                .isEmpty();
        assertThat(WellFormedBody.problemWith(FORM, "payload=%7B%22type%22%3A%22block_actions%22%7D"))
                .isEmpty();
        assertThat(WellFormedBody.problemWith(
                        JSON, "{\"type\":\"event_callback\",\"event\":{\"type\":\"app_home_opened\"}}"))
                .isEmpty();
        assertThat(WellFormedBody.problemWith(FORM, "")).isEmpty();
    }

    @Test
    void aBrokenEscapeAnywhereInTheFormIsNot() {
        for (var body : new String[] {"text=100%", "text=%4", "text=%zz&command=%2Fpromise", "te%xt=a"}) {
            assertThat(WellFormedBody.problemWith(FORM, body)).as(body).isPresent();
        }
    }

    @Test
    void aPayloadThatIsNotAJsonObjectIsNot() {
        for (var body : new String[] {
            "payload=%7B%22type%22%3A", "payload", "payload=%5B1%2C2%5D", "payload=%7B%7D%7D", "payload=hello"
        }) {
            assertThat(WellFormedBody.problemWith(FORM, body)).as(body).isPresent();
        }
    }

    @Test
    void aBodyBoltWouldReadAsJsonMustBeAJsonObjectWhateverItsType() {
        assertThat(WellFormedBody.problemWith(JSON, "[{}]")).isPresent();
        assertThat(WellFormedBody.problemWith(JSON, "text=hello")).isPresent();
        assertThat(WellFormedBody.problemWith(JSON, "{\"a\":1} trailing")).isPresent();
        assertThat(WellFormedBody.problemWith(FORM, " {\"type\":")).isPresent();
        assertThat(WellFormedBody.problemWith(null, "{\"type\":\"url_verification\"}"))
                .isEmpty();
    }
}

package id.yomu.it.deploy;

import id.yomu.it.Api;
import id.yomu.it.Readers;
import id.yomu.it.TestEnvironment;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Readers logged in through NGINX before a test's deployment, and the articles they read. */
record Readership(List<String> tokens, List<Long> articles) {

    static final int LOAD_RATE = 220;

    static Readership register(int readers) {
        Api api = Api.at(TestEnvironment.publicUrl());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            tokens.add(Readers.register(api, "deployload").token());
        }
        List<Long> articles = api.withToken(tokens.get(0)).get("/api/v1/articles").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(a -> a.getJsonNumber("id").longValue()).toList();
        if (articles.isEmpty()) {
            throw new IllegalStateException("no published article to read: the tests need the demo content");
        }
        return new Readership(tokens, articles);
    }

    ReaderLoad startLoad() throws InterruptedException {
        return ReaderLoad.start(TestEnvironment.publicUrl(), tokens, articles, LOAD_RATE);
    }
}

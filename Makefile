# Thin front door over CMake. `make demo` and `make test` install what they need.
BUILD       ?= build
SAN_BUILD   ?= build-asan
JOBS        ?= $(shell nproc)
WERROR      ?= $(if $(BULKHEAD_WERROR),ON,OFF)
CMAKE_FLAGS ?=

.PHONY: all bootstrap build demo test sanitize-test fuzz bench format format-check clean

all: build

bootstrap:
	@scripts/bootstrap

$(BUILD)/CMakeCache.txt: | bootstrap
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DBULKHEAD_WERROR=$(WERROR) $(CMAKE_FLAGS)

build: bootstrap $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo $(BUILD)/bulkhead

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

sanitize-test: bootstrap
	cmake -S . -B $(SAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DBULKHEAD_SANITIZE=ON -DBULKHEAD_WERROR=$(WERROR)
	cmake --build $(SAN_BUILD) -j $(JOBS)
	cd $(SAN_BUILD) && BULKHEAD_PROPERTY_SCALE=0.2 ctest --output-on-failure -j $(JOBS) -L 'unit|case|property|bad'

# A short libFuzzer run of each fuzz target (the loader, the flow-line parser, each flow-log
# reader), each seeded with its committed corpus, FUZZ_SECONDS each.
FUZZ_SECONDS ?= 30
FUZZ_TARGETS ?= loader flow_line flows_csv flows_aws flows_windows flows_azure flows_gcp flows_zeek flows_netfilter flows_ipfix ruleset
fuzz: bootstrap
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBULKHEAD_FUZZ=ON
	cmake --build build-fuzz -j $(JOBS) $(foreach t,$(FUZZ_TARGETS),--target fuzz_$(t))
	set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus/$$t && cp -n tests/fuzz/corpus/$$t/* build-fuzz/corpus/$$t/; \
	  build-fuzz/tests/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 \
	    build-fuzz/corpus/$$t tests/fuzz/corpus/$$t; \
	done

bench: bootstrap
	cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBULKHEAD_BENCH=ON
	cmake --build build-bench -j $(JOBS)
	@ls build-bench/bench_* 2>/dev/null

format:
	find src tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i

format-check:
	find src tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format --dry-run -Werror

clean:
	rm -rf $(BUILD) $(SAN_BUILD) build-bench build-fuzz out

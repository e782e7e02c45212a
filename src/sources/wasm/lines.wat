;; The flow-log line scanner, in WebAssembly with 128-bit SIMD.
;;
;; It takes the lines in the exact shape AWS writes (single spaces, decimal numbers, dotted IPv4,
;; the usual words) and writes their fields into column arrays, a batch at a time; at the first
;; line in any other shape (a header, IPv6, tabs, damage) it stops and says where, and the
;; TypeScript parser takes that line, so that every problem is described in one place. It takes
;; exactly the lines the generated JavaScript block parser (line-parser.ts) takes, with the same
;; values; tests hold the two to that.
;;
;; Speed comes from not looking at bytes one by one: 16 bytes at a time are compared with the
;; separators (any byte up to 32) to find where fields end, numbers of up to 8 digits are read
;; from one 64-bit word (SWAR), and interface ids are hashed four bytes at a time.
;;
;; Memory (imported, laid out by wasm-lines.ts):
;;   format: one byte per field, its FieldSlot (0 skip, 1 interface, 2 srcaddr, 3 dstaddr,
;;           4 srcport, 5 dstport, 6 protocol, 7 packets, 8 bytes, 9 start, 10 end, 11 action,
;;           12 log-status, 13 tcp-flags, 14 flow-direction)
;;   out:    column arrays of `max` rows (the columns of fields the format does not have are
;;           filled with their defaults once, by wasm-lines.ts, and never written here): 9 of i32 (interface start, interface length, hash 1,
;;           hash 2, srcport, dstport, protocol, tcp flags, action | status << 4 | direction << 8),
;;           then 6 of f64 (srcaddr, dstaddr, packets, bytes, start, end)
;;   text:   at least 16 readable bytes past `limit` (vector loads read ahead).
(module
  (import "env" "memory" (memory 1))
  ;; Where the scan stopped: the start of the first line not taken.
  (global $stop (export "stop") (mut i32) (i32.const 0))

  ;; The bits of the bytes up to 32 among the 16 at $at.
  (func $separators (param $at i32) (result i32)
    (i8x16.bitmask (i8x16.le_u (v128.load (local.get $at)) (i8x16.splat (i32.const 32)))))

  ;; Scans lines from $p while $p < $limit (the end of the last complete line), at most $max,
  ;; and returns how many it took; `stop` is where it stopped.
  (func (export "scan")
    (param $p i32) (param $limit i32) (param $format i32) (param $fields i32)
    (param $out i32) (param $max i32)
    (result i32)
    (local $n i32) (local $q i32) (local $p0 i32) (local $f i32) (local $c i32) (local $d i32)
    (local $v i64) (local $a i32) (local $o i32)
    (local $h i32) (local $h2 i32) (local $w i32) (local $len i32) (local $kind i32) (local $word i32)
    (local $f64col i32) (local $at4 i32) (local $at8 i32) (local $flags i32)
    (local $max4 i32) (local $max8 i32) (local $base i32) (local $mask i32)
    (local $part i32) (local $x i64) (local $keep i64) (local $dotMask i32)
    (local $d1 i32) (local $d2 i32) (local $d3 i32) (local $lanes v128) (local $pairs v128)
    (local.set $max4 (i32.shl (local.get $max) (i32.const 2)))
    (local.set $max8 (i32.shl (local.get $max) (i32.const 3)))
    (local.set $f64col (i32.add (local.get $out) (i32.mul (local.get $max4) (i32.const 9))))
    (block $done
      (loop $lines
        (br_if $done (i32.ge_u (local.get $p) (local.get $limit)))
        (br_if $done (i32.ge_u (local.get $n) (local.get $max)))
        (local.set $at4 (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2))))
        (local.set $at8 (i32.add (local.get $f64col) (i32.shl (local.get $n) (i32.const 3))))
        (local.set $flags (i32.const 0))
        (local.set $p0 (local.get $p))
        (local.set $base (local.get $p))
        (local.set $mask (call $separators (local.get $p)))
        (local.set $f (i32.const 0))
        (block $fail
          (loop $fieldsLoop
            ;; <field> (scripts/build-wasm.mjs copies this part once per field for the formats it
            ;; specializes, with the field's kind a constant and the br_table a br)
            ;; The field's end: the next separator.
            (block $found
              (loop $find
                (br_if $found (local.get $mask))
                (local.set $base (i32.add (local.get $base) (i32.const 16)))
                (local.set $mask (call $separators (local.get $base)))
                (br $find)))
            (local.set $q (i32.add (local.get $base) (i32.ctz (local.get $mask))))
            (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
            (local.set $len (i32.sub (local.get $q) (local.get $p0)))
            (br_if $fail (i32.eqz (local.get $len)))
            (local.set $kind (i32.load8_u (i32.add (local.get $format) (local.get $f))))
            (block $next
              (block $word
                (block $number
                  (block $address
                    (block $interface
                      (br_table $next $interface $address $address $number $number $number
                        $number $number $number $number $word $word $number $word $next
                        (local.get $kind)))
                    ;; Interface id: the hashes of InterfaceTable (interfaces.ts), four bytes at a
                    ;; time, the last word padded with zeros.
                    (local.set $h (i32.const 0x811c9dc5))
                    (local.set $h2 (i32.const 0x12345))
                    (local.set $c (local.get $p0))
                    (block $idEnd
                      (loop $idLoop
                        (br_if $idEnd (i32.ge_u (local.get $c) (local.get $q)))
                        (local.set $w (i32.load (local.get $c)))
                        (if (i32.lt_u (i32.sub (local.get $q) (local.get $c)) (i32.const 4))
                          (then
                            (local.set $w
                              (i32.and (local.get $w)
                                (i32.shr_u (i32.const -1)
                                  (i32.sub (i32.const 32) (i32.shl (i32.sub (local.get $q) (local.get $c)) (i32.const 3))))))))
                        (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $w)) (i32.const 0x01000193)))
                        (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 15))))
                        (local.set $h2 (i32.mul (i32.add (local.get $h2) (local.get $w)) (i32.const 0x5bd1e995)))
                        (local.set $h2 (i32.xor (local.get $h2) (i32.shr_u (local.get $h2) (i32.const 13))))
                        (local.set $c (i32.add (local.get $c) (i32.const 4)))
                        (br $idLoop)))
                    (i32.store (local.get $at4) (local.get $p0))
                    (i32.store (i32.add (local.get $at4) (local.get $max4)) (local.get $len))
                    (i32.store (i32.add (local.get $at4) (i32.shl (local.get $max4) (i32.const 1))) (local.get $h))
                    (i32.store (i32.add (local.get $at4) (i32.mul (local.get $max4) (i32.const 3))) (local.get $h2))
                    (br $next))
                  ;; Dotted IPv4, or `-` (missing): four octets of 1 to 3 digits, each at most 255.
                  ;; The dots and the digits are found 16 bytes at a time; the octets are read
                  ;; between the dots.
                  (block $addressDone
                    (local.set $word
                      (i32.and (i32.eq (local.get $len) (i32.const 1))
                        (i32.eq (i32.load8_u (local.get $p0)) (i32.const 45))))
                    (br_if $addressDone (local.get $word))
                    (br_if $fail (i32.gt_u (local.get $len) (i32.const 15)))
                    (local.set $keep (i64.extend_i32_u (i32.sub (i32.shl (i32.const 1) (local.get $len)) (i32.const 1))))
                    (local.set $dotMask
                      (i32.and (i32.wrap_i64 (local.get $keep))
                        (i8x16.bitmask (i8x16.eq (v128.load (local.get $p0)) (i8x16.splat (i32.const 46))))))
                    (br_if $fail (i32.ne (i32.popcnt (local.get $dotMask)) (i32.const 3)))
                    (br_if $fail
                      (i32.ne (i32.wrap_i64 (local.get $keep))
                        (i32.and (i32.wrap_i64 (local.get $keep))
                          (i32.or (local.get $dotMask)
                            (i8x16.bitmask
                              (i8x16.lt_u
                                (i8x16.sub (v128.load (local.get $p0)) (i8x16.splat (i32.const 48)))
                                (i8x16.splat (i32.const 10))))))))
                    ;; The octets' lengths (1 to 3 digits each) choose a shuffle (at address 0, see
                    ;; build-wasm.mjs) that puts each octet's digits in a 4-byte lane as hundreds,
                    ;; tens, ones (missing digits zero); then two dot products make the values.
                    (local.set $d1 (i32.ctz (local.get $dotMask)))
                    (local.set $dotMask (i32.and (local.get $dotMask) (i32.sub (local.get $dotMask) (i32.const 1))))
                    (local.set $d2 (i32.ctz (local.get $dotMask)))
                    (local.set $dotMask (i32.and (local.get $dotMask) (i32.sub (local.get $dotMask) (i32.const 1))))
                    (local.set $d3 (i32.ctz (local.get $dotMask)))
                    (local.set $d2 (i32.sub (i32.sub (local.get $d2) (local.get $d1)) (i32.const 1)))
                    (local.set $d3 (i32.sub (i32.sub (i32.sub (local.get $d3) (local.get $d1)) (local.get $d2)) (i32.const 2)))
                    (local.set $o
                      (i32.sub (i32.sub (i32.sub (i32.sub (local.get $len) (local.get $d1)) (local.get $d2)) (local.get $d3))
                        (i32.const 3)))
                    ;; (now $d1, $d2, $d3, $o are the four octets' lengths)
                    (br_if $fail
                      (i32.or
                        (i32.or
                          (i32.gt_u (i32.sub (local.get $d1) (i32.const 1)) (i32.const 2))
                          (i32.gt_u (i32.sub (local.get $d2) (i32.const 1)) (i32.const 2)))
                        (i32.or
                          (i32.gt_u (i32.sub (local.get $d3) (i32.const 1)) (i32.const 2))
                          (i32.gt_u (i32.sub (local.get $o) (i32.const 1)) (i32.const 2)))))
                    (local.set $lanes
                      (i8x16.swizzle
                        (i8x16.sub (v128.load (local.get $p0)) (i8x16.splat (i32.const 48)))
                        (v128.load
                          (i32.shl
                            (i32.add
                              (i32.add
                                (i32.mul (i32.sub (local.get $d1) (i32.const 1)) (i32.const 27))
                                (i32.mul (i32.sub (local.get $d2) (i32.const 1)) (i32.const 9)))
                              (i32.add
                                (i32.mul (i32.sub (local.get $d3) (i32.const 1)) (i32.const 3))
                                (i32.sub (local.get $o) (i32.const 1))))
                            (i32.const 4)))))
                    (local.set $pairs
                      (i32x4.dot_i16x8_s (i16x8.extend_low_i8x16_u (local.get $lanes))
                        (v128.const i16x8 100 10 1 0 100 10 1 0)))
                    (local.set $lanes
                      (i32x4.dot_i16x8_s (i16x8.extend_high_i8x16_u (local.get $lanes))
                        (v128.const i16x8 100 10 1 0 100 10 1 0)))
                    (local.set $d1 (i32.add (i32x4.extract_lane 0 (local.get $pairs)) (i32x4.extract_lane 1 (local.get $pairs))))
                    (local.set $d2 (i32.add (i32x4.extract_lane 2 (local.get $pairs)) (i32x4.extract_lane 3 (local.get $pairs))))
                    (local.set $d3 (i32.add (i32x4.extract_lane 0 (local.get $lanes)) (i32x4.extract_lane 1 (local.get $lanes))))
                    (local.set $o (i32.add (i32x4.extract_lane 2 (local.get $lanes)) (i32x4.extract_lane 3 (local.get $lanes))))
                    (br_if $fail
                      (i32.gt_u (i32.or (i32.or (local.get $d1) (local.get $d2)) (i32.or (local.get $d3) (local.get $o)))
                        (i32.const 255)))
                    (local.set $a
                      (i32.or
                        (i32.or (i32.shl (local.get $d1) (i32.const 24)) (i32.shl (local.get $d2) (i32.const 16)))
                        (i32.or (i32.shl (local.get $d3) (i32.const 8)) (local.get $o)))))
                  (f64.store
                    (i32.add (local.get $at8)
                      (select (i32.const 0) (local.get $max8) (i32.eq (local.get $kind) (i32.const 2))))
                    (select (f64.const -1) (f64.convert_i32_u (local.get $a)) (local.get $word)))
                  (br $next))
                ;; A decimal number of 1 to 15 digits, or `-` (missing).
                (if (i32.and (i32.eq (local.get $len) (i32.const 1))
                      (i32.eq (i32.load8_u (local.get $p0)) (i32.const 45)))
                  (then (local.set $v (i64.const -1)))
                  (else
                    (br_if $fail (i32.gt_u (local.get $len) (i32.const 15)))
                    ;; At most 8 digits at a time: the first len - 8 of a longer number, then 8.
                    (local.set $v (i64.const 0))
                    (local.set $c (local.get $p0))
                    (local.set $part
                      (select (i32.sub (local.get $len) (i32.const 8)) (local.get $len)
                        (i32.gt_u (local.get $len) (i32.const 8))))
                    (loop $parts
                      ;; The part's bytes, '0'..'9' turned into 0..9 (other bytes into 10 or more).
                      (local.set $keep
                        (i64.shr_u (i64.const -1)
                          (i64.extend_i32_u (i32.sub (i32.const 64) (i32.shl (local.get $part) (i32.const 3))))))
                      (local.set $x
                        (i64.and (i64.xor (i64.load (local.get $c)) (i64.const 0x3030303030303030)) (local.get $keep)))
                      (br_if $fail
                        (i64.ne (i64.const 0)
                          (i64.and
                            (i64.or (i64.add (local.get $x) (i64.const 0x7676767676767676)) (local.get $x))
                            (i64.and (local.get $keep) (i64.const 0x8080808080808080)))))
                      ;; The first digit is the lowest byte: move the digits up so that the empty
                      ;; bytes lead, then join neighbours: pairs, then fours, then eights.
                      (local.set $x
                        (i64.shl (local.get $x)
                          (i64.extend_i32_u (i32.shl (i32.sub (i32.const 8) (local.get $part)) (i32.const 3)))))
                      (local.set $x (i64.shr_u (i64.mul (local.get $x) (i64.const 2561)) (i64.const 8)))
                      (local.set $x
                        (i64.shr_u
                          (i64.mul (i64.and (local.get $x) (i64.const 0x00ff00ff00ff00ff)) (i64.const 6553601))
                          (i64.const 16)))
                      (local.set $x
                        (i64.shr_u
                          (i64.mul (i64.and (local.get $x) (i64.const 0x0000ffff0000ffff)) (i64.const 42949672960001))
                          (i64.const 32)))
                      (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 100000000)) (local.get $x)))
                      (local.set $c (i32.add (local.get $c) (local.get $part)))
                      (if (i32.lt_u (local.get $c) (local.get $q))
                        (then
                          (local.set $part (i32.const 8))
                          (br $parts))))))
                (block $stored
                  (block $f64field
                    (block $tcp
                      (block $small
                        (br_table $small $small $small $f64field $f64field $f64field $f64field $tcp
                          (i32.sub (local.get $kind) (i32.const 4))))
                      ;; Ports (4, 5) at most 65535, protocol (6) at most 255.
                      (br_if $fail
                        (i64.gt_s (local.get $v)
                          (select (i64.const 255) (i64.const 65535) (i32.eq (local.get $kind) (i32.const 6)))))
                      (i32.store
                        (i32.add (local.get $at4) (i32.mul (local.get $max4) (local.get $kind)))
                        (i32.wrap_i64 (local.get $v)))
                      (br $stored))
                    ;; TCP flags (a value beyond 32 bits goes to the general parser).
                    (br_if $fail (i64.gt_s (local.get $v) (i64.const 0x7fffffff)))
                    (i32.store
                      (i32.add (local.get $at4) (i32.mul (local.get $max4) (i32.const 7)))
                      (i32.wrap_i64 (local.get $v)))
                    (br $stored))
                  ;; Packets, bytes (7, 8: missing counts as 0), start, end (9, 10).
                  (f64.store
                    (i32.add (local.get $at8) (i32.mul (local.get $max8) (i32.sub (local.get $kind) (i32.const 5))))
                    (f64.convert_i64_s
                      (select (i64.const 0) (local.get $v)
                        (i32.and (i64.lt_s (local.get $v) (i64.const 0)) (i32.le_u (local.get $kind) (i32.const 8)))))))
                (br $next))
              ;; Words: action, log-status, flow-direction. Loads may read past a short word;
              ;; the length decides.
              (local.set $word (i32.const -1))
              (if (i32.and (i32.eq (local.get $len) (i32.const 1))
                    (i32.eq (i32.load8_u (local.get $p0)) (i32.const 45)))
                (then (local.set $word (i32.const 0))))
              (if (i32.eq (local.get $kind) (i32.const 11))
                (then
                  (if (i32.eq (local.get $len) (i32.const 6))
                    (then
                      ;; "ACCE" "PT", "REJE" "CT" as little-endian words
                      (if (i32.and
                            (i32.eq (i32.load (local.get $p0)) (i32.const 0x45434341))
                            (i32.eq (i32.load16_u (i32.add (local.get $p0) (i32.const 4))) (i32.const 0x5450)))
                        (then (local.set $word (i32.const 1))))
                      (if (i32.and
                            (i32.eq (i32.load (local.get $p0)) (i32.const 0x454a4552))
                            (i32.eq (i32.load16_u (i32.add (local.get $p0) (i32.const 4))) (i32.const 0x5443)))
                        (then (local.set $word (i32.const 2))))))
                  (br_if $fail (i32.lt_s (local.get $word) (i32.const 0)))
                  (local.set $flags (i32.or (local.get $flags) (local.get $word)))
                  (br $next)))
              (if (i32.eq (local.get $kind) (i32.const 12))
                (then
                  ;; "OK", "NODATA", "SKIPDATA"
                  (if (i32.and (i32.eq (local.get $len) (i32.const 2))
                        (i32.eq (i32.load16_u (local.get $p0)) (i32.const 0x4b4f)))
                    (then (local.set $word (i32.const 0))))
                  (if (i32.and (i32.eq (local.get $len) (i32.const 6))
                        (i32.and
                          (i32.eq (i32.load (local.get $p0)) (i32.const 0x41444f4e))
                          (i32.eq (i32.load16_u (i32.add (local.get $p0) (i32.const 4))) (i32.const 0x4154))))
                    (then (local.set $word (i32.const 1))))
                  (if (i32.and (i32.eq (local.get $len) (i32.const 8))
                        (i64.eq (i64.load (local.get $p0)) (i64.const 0x4154414450494b53)))
                    (then (local.set $word (i32.const 2))))
                  (br_if $fail (i32.lt_s (local.get $word) (i32.const 0)))
                  (local.set $flags (i32.or (local.get $flags) (i32.shl (local.get $word) (i32.const 4))))
                  (br $next)))
              ;; flow-direction: "ingress", "egress"
              (if (i32.and (i32.eq (local.get $len) (i32.const 7))
                    (i32.and
                      (i32.eq (i32.load (local.get $p0)) (i32.const 0x72676e69))
                      (i32.eq (i32.load (i32.add (local.get $p0) (i32.const 3))) (i32.const 0x73736572))))
                (then (local.set $word (i32.const 1))))
              (if (i32.and (i32.eq (local.get $len) (i32.const 6))
                    (i32.and
                      (i32.eq (i32.load (local.get $p0)) (i32.const 0x65726765))
                      (i32.eq (i32.load16_u (i32.add (local.get $p0) (i32.const 4))) (i32.const 0x7373))))
                (then (local.set $word (i32.const 2))))
              (br_if $fail (i32.lt_s (local.get $word) (i32.const 0)))
              (local.set $flags (i32.or (local.get $flags) (i32.shl (local.get $word) (i32.const 8)))))
            ;; </field>
            ;; The separator: one space, or after the last field the end of the line.
            (local.set $c (i32.load8_u (local.get $q)))
            (local.set $f (i32.add (local.get $f) (i32.const 1)))
            (if (i32.lt_u (local.get $f) (local.get $fields))
              (then
                (br_if $fail (i32.ne (local.get $c) (i32.const 32)))
                (local.set $p0 (i32.add (local.get $q) (i32.const 1)))
                (br $fieldsLoop)))
            (if (i32.eq (local.get $c) (i32.const 13))
              (then (local.set $q (i32.add (local.get $q) (i32.const 1)))))
            (br_if $fail (i32.ne (i32.load8_u (local.get $q)) (i32.const 10)))
            (local.set $q (i32.add (local.get $q) (i32.const 1))))
          ;; <taken>
          ;; The line is taken.
          (br_if $done (i32.gt_u (local.get $q) (local.get $limit)))
          (i32.store (i32.add (local.get $at4) (i32.shl (local.get $max4) (i32.const 3))) (local.get $flags))
          (local.set $n (i32.add (local.get $n) (i32.const 1)))
          (local.set $p (local.get $q))
          (br $lines))
        ;; $fail: leave this line to the caller.
        (br $done)))
    (global.set $stop (local.get $p))
    (local.get $n))
)

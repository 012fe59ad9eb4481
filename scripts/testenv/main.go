// Command testenv is the small toolbox scripts/test.sh uses to set up test
// services without curl, python or the MinIO client on the machine:
//
//	testenv ports N                  print N free loopback TCP ports
//	testenv wait-http URL TIMEOUT    wait until URL answers 2xx
//	testenv wait-tcp HOST:PORT TIMEOUT
//	testenv mkbucket ENDPOINT BUCKET TIMEOUT
//
// mkbucket takes credentials from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY
// and waits for the store to accept requests before creating the bucket.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "testenv:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return errors.New("usage: testenv ports|wait-http|wait-tcp|mkbucket ...")
	}
	cmd, args := args[0], args[1:]
	switch {
	case cmd == "ports" && len(args) == 1:
		n, err := strconv.Atoi(args[0])
		if err != nil || n < 1 {
			return fmt.Errorf("ports: bad count %q", args[0])
		}
		return ports(n)
	case cmd == "wait-http" && len(args) == 2:
		return waitFor(args[1], func(ctx context.Context) error { return getOK(ctx, args[0]) })
	case cmd == "wait-tcp" && len(args) == 2:
		return waitFor(args[1], func(ctx context.Context) error {
			var d net.Dialer
			c, err := d.DialContext(ctx, "tcp", args[0])
			if err == nil {
				c.Close()
			}
			return err
		})
	case cmd == "mkbucket" && len(args) == 3:
		return waitFor(args[2], func(ctx context.Context) error { return mkbucket(ctx, args[0], args[1]) })
	}
	return fmt.Errorf("unknown command or wrong arguments: %q", append([]string{cmd}, args...))
}

// ports holds all listeners open until every port is chosen, so the ports
// printed are distinct; the kernel does not hand them out again at once.
func ports(n int) error {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		ls = append(ls, l)
		fmt.Println(l.Addr().(*net.TCPAddr).Port)
	}
	return nil
}

// waitFor retries try until it succeeds or the timeout (a Go duration)
// passes, returning the last error so a failed start explains itself.
func waitFor(timeout string, try func(context.Context) error) error {
	d, err := time.ParseDuration(timeout)
	if err != nil {
		return fmt.Errorf("bad timeout %q: %w", timeout, err)
	}
	deadline := time.Now().Add(d)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := try(ctx)
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("gave up after %s: %w", d, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func getOK(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return nil
}

func mkbucket(ctx context.Context, endpoint, bucket string) error {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("us-east-1"),
		config.WithRequestChecksumCalculation(aws.RequestChecksumCalculationWhenRequired),
		config.WithResponseChecksumValidation(aws.ResponseChecksumValidationWhenRequired),
	)
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(endpoint)
		o.UsePathStyle = true
	})
	_, err = client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(bucket)})
	var owned *types.BucketAlreadyOwnedByYou
	if err != nil && !errors.As(err, &owned) {
		return fmt.Errorf("create bucket %s: %w", bucket, err)
	}
	_, err = client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(bucket)})
	return err
}
